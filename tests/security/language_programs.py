# ruff: noqa: E501  (the programs keep their own languages' line lengths)
"""Hostile programs in JavaScript, TypeScript, C++, Java and Go (see `test_languages.py`).

The probe of each language tries many harmless-to-batch attacks in one run and prints one line
per attempt, `name<TAB>ok|err<TAB>detail` (ok: the operation succeeded): the test, not the
program, decides which outcome each check must have. Placeholders (`__HOST_IP__`, `__PORT__`,
`__UDP_PORT__`, `__SECRET_PATH__`, `__HOST_PID__`) are filled from the host's fixtures.
The other programs are one hostile behaviour each, with a verdict of their own.
"""

from __future__ import annotations

import re

# TypeScript under --strict; JavaScript is the same text with its `: any` annotations removed,
# so both languages run the very same attacks (TypeScript through tsc first).
NODE_PROBE = r"""
const fs: any = require("fs");
const cp: any = require("child_process");
const net: any = require("net");
const dgram: any = require("dgram");
const dns: any = require("dns");
const P: any = process;
const HOST_IP = "__HOST_IP__", PORT = __PORT__, UDP_PORT = __UDP_PORT__;
const SECRET_PATH = "__SECRET_PATH__", HOST_PID = __HOST_PID__;
const report = (name: any, ok: any, detail: any) => console.log(
  `${name}\t${ok ? "ok" : "err"}\t${String(detail).replace(/[\n\t\0]/g, ";").slice(0, 300)}`);
const attempt = (name: any, fn: any) => {
  try { report(name, true, fn()); } catch (e: any) { report(name, false, e.code || e.message); }
};
const copyExec = (dst: any) => {
  fs.copyFileSync("/usr/bin/python3", dst);
  fs.chmodSync(dst, 0o755);
  const r = cp.spawnSync(dst, ["-I", "-S", "-c", "pass"]);
  if (r.error) throw r.error;
  return r.status;
};
report("env", true, Object.entries(P.env).map(([k, v]: any) => `${k}=${v}`).join(";"));
attempt("read_shadow", () => fs.readFileSync("/etc/shadow", "utf8"));
attempt("read_host_secret", () => fs.readFileSync(SECRET_PATH, "utf8"));
attempt("proc1_environ", () => fs.readFileSync("/proc/1/environ", "utf8"));
attempt("proc_root_secret", () => fs.readFileSync("/proc/self/root" + SECRET_PATH, "utf8"));
attempt("proc_root_shadow", () => fs.readFileSync("/proc/1/root/../../etc/shadow", "utf8"));
attempt("proc_root_list", () => fs.readdirSync("/proc/self/root/..").join(","));
attempt("processes", () => fs.readdirSync("/proc").filter((p: any) => /^\d+$/.test(p)).join(","));
attempt("write_rootfs", () => fs.writeFileSync("/opt/agent/compile_step.py", "pwned"));
attempt("spawn_shell", () => {
  const r = cp.spawnSync("/bin/sh", ["-c", "id"]);
  if (r.error) throw r.error;
  return r.stdout;
});
attempt("spawn_binding", () => {
  const pipe = (readable: any) => ({ type: "pipe", readable, writable: !readable });
  const r = P.binding("spawn_sync").spawn({
    file: "/bin/sh", args: ["sh", "-c", "id"], envPairs: [],
    stdio: [pipe(true), pipe(false), pipe(false)],
  });
  if (r.error) throw Object.assign(new Error(`errno ${r.error}`), { code: `errno ${r.error}` });
  return JSON.stringify(r);
});
attempt("exec_from_work", () => copyExec("/work/p"));
attempt("exec_from_tmp", () => copyExec("/tmp/p"));
attempt("native_from_work", () => {
  // A shared object written to /work: its constructors run when it is mapped.
  fs.copyFileSync("/lib/x86_64-linux-gnu/libc.so.6", "/work/x.node");
  try { P.dlopen({ exports: {} }, "/work/x.node"); } catch (e: any) {
    // Mapped and initialised, only not a Node.js addon: its native code ran.
    if (/did not self-register/.test(e.message)) return e.message;
    throw e;
  }
  return "loaded";
});
attempt("kill_host_pid", () => P.kill(HOST_PID, "SIGKILL"));
attempt("kill_all", () => P.kill(-1, "SIGKILL"));
attempt("disk_fill", () => {
  const fd = fs.openSync("/work/fill", "w");
  const mb = Buffer.alloc(1 << 20, 97);
  let n = 0;
  try { for (;;) { fs.writeSync(fd, mb); n++; } } catch (e: any) { return `${n} ${e.code}`; }
  finally { fs.closeSync(fd); fs.unlinkSync("/work/fill"); }
});
const tcp = (name: any, host: any) => {
  const s = net.connect({ host, port: PORT, timeout: 2000 });
  s.on("connect", () => { report(name, true, "connected"); s.destroy(); });
  s.on("error", (e: any) => report(name, false, e.code));
  s.on("timeout", () => { report(name, false, "timeout"); s.destroy(); });
};
tcp("connect_loopback", "127.0.0.1");
tcp("connect_host", HOST_IP);
dns.lookup("example.com", (e: any, a: any) => report("dns", !e, e ? e.code : a));
const u = dgram.createSocket("udp4");
u.send(Buffer.from("query"), UDP_PORT, HOST_IP, (e: any) => {
  report("udp_host", !e, e ? e.code : "sent");
  u.close();
});
"""

CPP_PROBE = r"""
#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <functional>
#include <linux/if_ether.h>
#include <netdb.h>
#include <spawn.h>
#include <string>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
static const char *HOST_IP = "__HOST_IP__", *SECRET_PATH = "__SECRET_PATH__";
static const int PORT = __PORT__, UDP_PORT = __UDP_PORT__, HOST_PID = __HOST_PID__;

static void report(const char *name, bool ok, std::string detail) {
    for (char &c : detail) if (c == '\n' || c == '\t' || c == '\0') c = ';';
    std::printf("%s\t%s\t%s\n", name, ok ? "ok" : "err", detail.substr(0, 300).c_str());
    std::fflush(stdout);
}
// A check whose result is a return value: below 0 (with errno) is a refusal.
static void attempt(const char *name, const std::function<long()> &fn) {
    errno = 0;
    long r = fn();
    if (r < 0) report(name, false, std::strerror(errno));
    else report(name, true, std::to_string(r));
}
static void read_file(const char *name, const std::string &path) {
    int fd = open(path.c_str(), O_RDONLY);
    if (fd < 0) { report(name, false, std::strerror(errno)); return; }
    std::string data; char buf[4096]; ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) data.append(buf, n);
    close(fd);
    report(name, true, data);
}
static void list_dir(const char *name, const char *path, bool digits_only) {
    DIR *d = opendir(path);
    if (!d) { report(name, false, std::strerror(errno)); return; }
    std::string out;
    while (dirent *e = readdir(d)) {
        std::string n = e->d_name;
        if (n == "." || n == "..") continue;
        if (digits_only && n.find_first_not_of("0123456789") != std::string::npos) continue;
        out += (out.empty() ? "" : ",") + n;
    }
    closedir(d);
    report(name, true, out);
}
static long spawn(const char *path) {
    char *argv[] = {(char *)path, (char *)"-I", (char *)"-S", (char *)"-c", (char *)"pass", nullptr};
    pid_t pid;
    int rc = posix_spawn(&pid, path, nullptr, nullptr, argv, environ);
    if (rc != 0) { errno = rc; return -1; }
    int status; waitpid(pid, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127) { errno = ENOEXEC; return -1; }
    return status;
}
static long copy_exec(const char *dst) {
    int in = open("/usr/bin/python3", O_RDONLY), out = open(dst, O_WRONLY | O_CREAT | O_TRUNC, 0755);
    if (in < 0 || out < 0) return -1;
    char buf[65536]; ssize_t n;
    while ((n = read(in, buf, sizeof buf)) > 0) if (write(out, buf, n) != n) return -1;
    close(in); close(out);
    return spawn(dst);
}
static long connect_to(const char *ip, int port, int type) {
    int s = socket(AF_INET, type, 0);
    sockaddr_in a{}; a.sin_family = AF_INET; a.sin_port = htons(port);
    inet_pton(AF_INET, ip, &a.sin_addr);
    long r = type == SOCK_STREAM ? connect(s, (sockaddr *)&a, sizeof a)
                                 : sendto(s, "query", 5, 0, (sockaddr *)&a, sizeof a);
    int e = errno; close(s); errno = e;
    return r;
}
static long asm_setuid0() {
    long r;  // the syscall instruction itself, no libc in between
    asm volatile("syscall" : "=a"(r) : "0"(105L), "D"(0L) : "rcx", "r11", "memory");
    if (r < 0) { errno = -r; return -1; }
    return r;
}
static long shellcode_getpid() {
    // mov eax, 39 (getpid); syscall; ret: machine code written at run time, then run.
    unsigned char code[] = {0xb8, 39, 0, 0, 0, 0x0f, 0x05, 0xc3};
    void *p = mmap(nullptr, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return -1;
    std::memcpy(p, code, sizeof code);
    return ((long (*)())p)();
}

int main() {
    std::string env;
    for (char **e = environ; *e; ++e) env += (env.empty() ? "" : ";") + std::string(*e);
    report("env", true, env);
    read_file("read_shadow", "/etc/shadow");
    read_file("read_host_secret", SECRET_PATH);
    read_file("proc1_environ", "/proc/1/environ");
    read_file("proc_root_secret", std::string("/proc/self/root") + SECRET_PATH);
    read_file("proc_root_shadow", "/proc/1/root/../../etc/shadow");
    list_dir("proc_root_list", "/proc/self/root/..", false);
    list_dir("processes", "/proc", true);
    attempt("write_rootfs", [] { return (long)open("/opt/agent/compile_step.py", O_WRONLY | O_TRUNC); });
    attempt("spawn_shell", [] { return spawn("/bin/sh"); });
    attempt("exec_from_work", [] { return copy_exec("/work/p"); });
    attempt("exec_from_tmp", [] { return copy_exec("/tmp/p"); });
    attempt("jit_shellcode", [] { return shellcode_getpid(); });
    attempt("asm_setuid0", [] { return asm_setuid0(); });
    attempt("sys_bpf", [] { static char a[128]; return syscall(SYS_bpf, 0, a, sizeof a); });
    attempt("sys_perf_event_open", [] { static char a[128]; return syscall(SYS_perf_event_open, a, 0, -1, -1, 0); });
    attempt("sys_open_by_handle_at", [] { static char h[16] = {8}; return syscall(SYS_open_by_handle_at, AT_FDCWD, h, 0); });
    attempt("sys_mount", [] { return syscall(SYS_mount, "none", "/work", "tmpfs", 0, nullptr); });
    attempt("sys_reboot", [] { return syscall(SYS_reboot, 0xfee1dead, 672274793, 0x4321fedc, nullptr); });
    attempt("sys_ptrace_init", [] { return syscall(SYS_ptrace, 16 /* ATTACH */, 1, 0, 0); });
    attempt("raw_socket_packet", [] { return (long)socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL)); });
    attempt("raw_socket_inet", [] { return (long)socket(AF_INET, SOCK_RAW, IPPROTO_ICMP); });
    attempt("kill_host_pid", [] { return (long)kill(HOST_PID, SIGKILL); });
    attempt("kill_all", [] { return (long)kill(-1, SIGKILL); });
    attempt("connect_loopback", [] { return connect_to("127.0.0.1", PORT, SOCK_STREAM); });
    attempt("connect_host", [] { return connect_to(HOST_IP, PORT, SOCK_STREAM); });
    attempt("udp_host", [] { return connect_to(HOST_IP, UDP_PORT, SOCK_DGRAM); });
    addrinfo *res = nullptr;
    int rc = getaddrinfo("example.com", "80", nullptr, &res);
    report("dns", rc == 0, rc == 0 ? "resolved" : gai_strerror(rc));
    signal(SIGXFSZ, SIG_IGN);
    int fd = open("/work/fill", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    static char mb[1 << 20];
    std::memset(mb, 'a', sizeof mb);
    long n = 0;
    while (write(fd, mb, sizeof mb) == (ssize_t)sizeof mb) n++;
    std::string why = std::strerror(errno);
    close(fd);
    unlink("/work/fill");
    report("disk_fill", true, std::to_string(n) + " " + why);
    // clone3 takes its flags in memory, where a seccomp filter cannot look.
    attempt("userns_clone3", [] {
        static unsigned long long args[8] = {0x10000000 /* CLONE_NEWUSER */, 0, 0, 0, 17};
        long pid = syscall(435, args, sizeof args);
        if (pid == 0) _exit(0);
        if (pid > 0) waitpid(pid, nullptr, 0);
        return pid;
    });
    // Last: a user namespace of its own gives back every capability inside it.
    attempt("userns_raw_socket", [] {
        if (syscall(SYS_unshare, 0x10000000L /* CLONE_NEWUSER */) < 0) return -1L;
        return (long)socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));
    });
}
"""

GO_PROBE = r"""
package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

const hostIP, port, udpPort = "__HOST_IP__", __PORT__, __UDP_PORT__
const secretPath, hostPID = "__SECRET_PATH__", __HOST_PID__

func report(name string, ok bool, detail string) {
	detail = strings.NewReplacer("\n", ";", "\t", " ", "\x00", ";").Replace(detail)
	if len(detail) > 300 {
		detail = detail[:300]
	}
	status := "err"
	if ok {
		status = "ok"
	}
	fmt.Printf("%s\t%s\t%s\n", name, status, detail)
}

func attempt(name string, fn func() (string, error)) {
	detail, err := fn()
	if err != nil {
		report(name, false, err.Error())
	} else {
		report(name, true, detail)
	}
}

func readFile(path string) func() (string, error) {
	return func() (string, error) { b, err := os.ReadFile(path); return string(b), err }
}

func listDir(path string, digits bool) func() (string, error) {
	return func() (string, error) {
		entries, err := os.ReadDir(path)
		var names []string
		for _, e := range entries {
			if !digits || strings.Trim(e.Name(), "0123456789") == "" {
				names = append(names, e.Name())
			}
		}
		return strings.Join(names, ","), err
	}
}

func sys(trap uintptr, a ...uintptr) func() (string, error) {
	return func() (string, error) {
		for len(a) < 6 {
			a = append(a, 0)
		}
		r, _, errno := syscall.Syscall6(trap, a[0], a[1], a[2], a[3], a[4], a[5])
		if errno != 0 {
			return "", errno
		}
		return fmt.Sprint(r), nil
	}
}

func copyExec(dst string) func() (string, error) {
	return func() (string, error) {
		in, err := os.Open("/usr/bin/python3")
		if err != nil {
			return "", err
		}
		out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o755)
		if err != nil {
			return "", err
		}
		io.Copy(out, in)
		in.Close()
		out.Close()
		pid, err := syscall.ForkExec(dst, []string{dst, "-I", "-S", "-c", "pass"}, nil)
		if err != nil {
			return "", err
		}
		var ws syscall.WaitStatus
		syscall.Wait4(pid, &ws, 0, nil)
		return fmt.Sprint(ws.ExitStatus()), nil
	}
}

func connectTo(network, addr string) func() (string, error) {
	return func() (string, error) {
		c, err := net.DialTimeout(network, addr, 2*time.Second)
		if err != nil {
			return "", err
		}
		defer c.Close()
		_, err = c.Write([]byte("query"))
		return "connected", err
	}
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "raw" {
		if _, err := syscall.Socket(syscall.AF_PACKET, syscall.SOCK_RAW, 0x0300); err != nil {
			fmt.Print(err)
			os.Exit(1)
		}
		return
	}
	report("env", true, strings.Join(os.Environ(), ";"))
	attempt("read_shadow", readFile("/etc/shadow"))
	attempt("read_host_secret", readFile(secretPath))
	attempt("proc1_environ", readFile("/proc/1/environ"))
	attempt("proc_root_secret", readFile("/proc/self/root"+secretPath))
	attempt("proc_root_shadow", readFile("/proc/1/root/../../etc/shadow"))
	attempt("proc_root_list", listDir("/proc/self/root/..", false))
	attempt("processes", listDir("/proc", true))
	attempt("write_rootfs", func() (string, error) {
		f, err := os.OpenFile("/opt/agent/compile_step.py", os.O_WRONLY|os.O_TRUNC, 0)
		f.Close()
		return "opened", err
	})
	attempt("spawn_shell", func() (string, error) {
		out, err := exec.Command("/bin/sh", "-c", "id").Output()
		return string(out), err
	})
	attempt("exec_from_work", copyExec("/work/p"))
	attempt("exec_from_tmp", copyExec("/tmp/p"))
	buf := make([]byte, 128)
	p := uintptr(unsafe.Pointer(&buf[0]))
	attempt("sys_bpf", sys(321, 0, p, 128))
	attempt("sys_perf_event_open", sys(syscall.SYS_PERF_EVENT_OPEN, p, 0, ^uintptr(0), ^uintptr(0), 0))
	attempt("sys_mount", func() (string, error) { return "", syscall.Mount("none", "/work", "tmpfs", 0, "") })
	attempt("sys_ptrace_init", sys(syscall.SYS_PTRACE, syscall.PTRACE_ATTACH, 1))
	attempt("sys_setuid0", sys(syscall.SYS_SETUID, 0))
	attempt("raw_socket_packet", func() (string, error) {
		fd, err := syscall.Socket(syscall.AF_PACKET, syscall.SOCK_RAW, 0x0300)
		return fmt.Sprint(fd), err
	})
	attempt("raw_socket_inet", func() (string, error) {
		fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_RAW, syscall.IPPROTO_ICMP)
		return fmt.Sprint(fd), err
	})
	attempt("kill_host_pid", func() (string, error) { return "", syscall.Kill(hostPID, syscall.SIGKILL) })
	attempt("kill_all", func() (string, error) { return "", syscall.Kill(-1, syscall.SIGKILL) })
	attempt("connect_loopback", connectTo("tcp", fmt.Sprintf("127.0.0.1:%d", port)))
	attempt("connect_host", connectTo("tcp", fmt.Sprintf("%s:%d", hostIP, port)))
	attempt("udp_host", connectTo("udp", fmt.Sprintf("%s:%d", hostIP, udpPort)))
	attempt("dns", func() (string, error) {
		a, err := net.LookupHost("example.com")
		return strings.Join(a, ","), err
	})
	attempt("disk_fill", func() (string, error) {
		f, err := os.Create("/work/fill")
		if err != nil {
			return "", err
		}
		mb := make([]byte, 1<<20)
		n := 0
		for ; ; n++ {
			if _, err = f.Write(mb); err != nil {
				break
			}
		}
		f.Close()
		os.Remove("/work/fill")
		return fmt.Sprint(n, " ", err), nil
	})
	// Last: a user namespace of its own gives back every capability inside it (a Go
	// program has threads, so the namespace is the child's: itself again, told to try).
	attempt("userns_raw_socket", func() (string, error) {
		cmd := exec.Command("/proc/self/exe", "raw")
		cmd.SysProcAttr = &syscall.SysProcAttr{
			// Root inside the namespace, so the capabilities survive the exec.
			Cloneflags:  syscall.CLONE_NEWUSER,
			UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}},
			GidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}},
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			return "", fmt.Errorf("%v: %s", err, out)
		}
		return "raw socket in a new user namespace", nil
	})
}
"""

JAVA_PROBE = r"""
import java.io.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

public class Main {
    static final String HOST_IP = "__HOST_IP__", SECRET_PATH = "__SECRET_PATH__";
    static final int PORT = __PORT__, UDP_PORT = __UDP_PORT__;
    static final long HOST_PID = __HOST_PID__;

    interface Check { Object run() throws Throwable; }

    static void report(String name, boolean ok, Object detail) {
        String d = String.valueOf(detail).replace('\n', ';').replace('\t', ' ').replace('\0', ';');
        System.out.println(name + "\t" + (ok ? "ok" : "err") + "\t" + d.substring(0, Math.min(300, d.length())));
    }

    static void attempt(String name, Check check) {
        try {
            report(name, true, check.run());
        } catch (Throwable e) {
            report(name, false, e);
        }
    }

    static String read(String path) throws IOException { return Files.readString(Path.of(path)); }

    static Object spawn(String... argv) throws Exception {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    static Object copyExec(String dst) throws Exception {
        Files.copy(Path.of("/usr/bin/python3"), Path.of(dst), StandardCopyOption.REPLACE_EXISTING);
        new File(dst).setExecutable(true);
        return spawn(dst, "-I", "-S", "-c", "pass");
    }

    public static void main(String[] args) throws Exception {
        // The tree has no jspawnhelper; vfork is the JDK's other way of starting a process.
        System.setProperty("jdk.lang.Process.launchMechanism", "VFORK");
        report("env", true, System.getenv().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";")));
        attempt("read_shadow", () -> read("/etc/shadow"));
        attempt("read_host_secret", () -> read(SECRET_PATH));
        attempt("proc1_environ", () -> read("/proc/1/environ"));
        attempt("proc_root_secret", () -> read("/proc/self/root" + SECRET_PATH));
        attempt("proc_root_shadow", () -> read("/proc/1/root/../../etc/shadow"));
        attempt("proc_root_list", () -> String.join(",", new File("/proc/self/root/..").list()));
        attempt("processes", () -> Arrays.stream(new File("/proc").list())
            .filter(n -> n.matches("\\d+")).collect(Collectors.joining(",")));
        attempt("write_rootfs", () -> { new FileOutputStream("/opt/agent/compile_step.py").close(); return "opened"; });
        attempt("spawn_shell", () -> spawn("/bin/sh", "-c", "id"));
        attempt("exec_from_work", () -> copyExec("/work/p"));
        attempt("exec_from_tmp", () -> copyExec("/tmp/p"));
        attempt("native_from_work", () -> {
            // JNI: a shared object written to /work, its constructors run when it is mapped.
            Files.copy(Path.of("/lib/x86_64-linux-gnu/libc.so.6"), Path.of("/work/x.so"),
                StandardCopyOption.REPLACE_EXISTING);
            System.load("/work/x.so");
            return "loaded";
        });
        attempt("unsafe", () -> Class.forName("sun.misc.Unsafe"));
        attempt("internal_unsafe", () -> {
            var f = Class.forName("jdk.internal.misc.Unsafe").getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return f.get(null);
        });
        attempt("kill_host_pid", () -> ProcessHandle.of(HOST_PID).map(ProcessHandle::destroyForcibly).orElseThrow());
        attempt("kill_all", () -> ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid())
            .map(ProcessHandle::destroyForcibly).collect(Collectors.toList()));
        attempt("connect_loopback", () -> { new Socket().connect(new InetSocketAddress("127.0.0.1", PORT), 2000); return "connected"; });
        attempt("connect_host", () -> { new Socket().connect(new InetSocketAddress(HOST_IP, PORT), 2000); return "connected"; });
        attempt("udp_host", () -> {
            try (DatagramSocket s = new DatagramSocket()) {
                s.send(new DatagramPacket(new byte[] {1}, 1, InetAddress.getByName(HOST_IP), UDP_PORT));
            }
            return "sent";
        });
        attempt("dns", () -> InetAddress.getByName("example.com"));
        attempt("disk_fill", () -> {
            byte[] mb = new byte[1 << 20];
            int n = 0;
            try (FileOutputStream out = new FileOutputStream("/work/fill")) {
                for (;; n++) out.write(mb);
            } catch (IOException e) {
                return n + " " + e.getMessage();
            } finally {
                new File("/work/fill").delete();
            }
        });
    }
}
"""


def node(typescript: str, language_id: str) -> str:
    """The TypeScript text for `typescript`, the same text without annotations for JavaScript."""
    return typescript if language_id == "typescript" else re.sub(r": any\b", "", typescript)


def probe(language_id: str, values: dict[str, str]) -> str:
    """The probe of a language with the host's values in place of the placeholders."""
    text = {
        "javascript": node(NODE_PROBE, "javascript"),
        "typescript": NODE_PROBE,
        "cpp": CPP_PROBE,
        "go": GO_PROBE,
        "java": JAVA_PROBE,
    }[language_id]
    for key, value in values.items():
        text = text.replace(f"__{key}__", value)
    assert not re.search(r"__[A-Z_]+__", text), "a placeholder has no value"
    return text.lstrip()


# One hostile behaviour each: {language: source}.
FORK_BOMB = {
    # Every process forks again; none ever waits, all of them spin.
    "javascript": node(
        'const cp: any = require("child_process");\n'
        "for (;;) {\n"
        '  try { cp.spawn(process.argv[0], [process.argv[1]], { stdio: "ignore" }); }'
        " catch (e) {}\n"
        "}\n",
        "javascript",
    ),
    "typescript": 'const cp: any = require("child_process");\n'
    "for (;;) {\n"
    '  try { cp.spawn(process.argv[0], [process.argv[1]], { stdio: "ignore" }); }'
    " catch (e) {}\n"
    "}\n",
    "cpp": "#include <unistd.h>\nint main() {\n    for (;;) fork();\n}\n",
    "go": 'package main\n\nimport "syscall"\n\nfunc main() {\n'
    "\tfor {\n"
    '\t\tsyscall.ForkExec("/proc/self/exe", []string{"bomb"}, nil)\n'
    "\t}\n}\n",
    # No process spawning in the JVM's tree: a thread bomb, every thread spinning.
    "java": "public class Main {\n    public static void main(String[] a) {\n"
    "        for (;;) {\n"
    "            try { new Thread(() -> { for (;;) { } }).start(); }"
    " catch (Throwable e) { }\n"
    "        }\n    }\n}\n",
}

MEMORY_BOMB = {
    # Off the V8 heap (Buffers): the 192 MiB heap cap does not stop it, the cgroup must.
    "javascript": "const keep = [];\nfor (;;) keep.push(Buffer.alloc(1 << 20, 1));\n",
    "typescript": "const keep: any[] = [];\nfor (;;) keep.push(Buffer.alloc(1 << 20, 1));\n",
    "cpp": "#include <cstdlib>\n#include <cstring>\n#include <vector>\n"
    "int main() {\n    std::vector<char *> keep;\n"
    "    for (;;) {\n        char *p = (char *)std::malloc(1 << 20);\n"
    "        if (p) { std::memset(p, 1, 1 << 20); keep.push_back(p); }\n    }\n}\n",
    "go": "package main\n\nfunc main() {\n\tvar keep [][]byte\n\tfor {\n"
    "\t\tb := make([]byte, 1<<20)\n\t\tfor i := range b {\n\t\t\tb[i] = 1\n\t\t}\n"
    "\t\tkeep = append(keep, b)\n\t}\n}\n",
    # Direct buffers first (outside the heap, up to -Xmx again), then the heap itself.
    "java": "import java.nio.ByteBuffer;\nimport java.util.*;\n"
    "public class Main {\n    public static void main(String[] a) {\n"
    "        List<Object> keep = new ArrayList<>();\n"
    "        try {\n            for (;;) {\n"
    "                ByteBuffer b = ByteBuffer.allocateDirect(1 << 20);\n"
    "                for (int i = 0; i < b.capacity(); i += 4096) b.put(i, (byte) 1);\n"
    "                keep.add(b);\n            }\n"
    "        } catch (OutOfMemoryError e) { }\n"
    "        for (;;) keep.add(new long[1 << 17]);\n    }\n}\n",
}

OUTPUT_FLOOD = {
    # process.stdout.write in a loop that never yields: the registry's preloaded
    # node-stdio.js makes the write block on the pipe, so this floods instead of queueing.
    "javascript": 'const line = "x".repeat(999) + "\\n";\nfor (;;) process.stdout.write(line);\n',
    "typescript": 'const line: string = "x".repeat(999) + "\\n";\n'
    "for (;;) process.stdout.write(line);\n",
    "cpp": "#include <cstdio>\n#include <string>\n"
    "int main() {\n    std::string line(999, 'x');\n"
    "    for (;;) std::puts(line.c_str());\n}\n",
    "go": 'package main\n\nimport (\n\t"os"\n\t"strings"\n)\n\n'
    'func main() {\n\tline := []byte(strings.Repeat("x", 999) + "\\n")\n'
    "\tfor {\n\t\tos.Stdout.Write(line)\n\t}\n}\n",
    "java": "public class Main {\n    public static void main(String[] a) {\n"
    '        String line = "x".repeat(999);\n'
    "        for (;;) System.out.println(line);\n    }\n}\n",
}

# Holding the sandbox without using CPU, deaf to the signals a polite stop would send.
SLEEPER = {
    "javascript": 'for (const s of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(s, () => {});\n'
    "setInterval(() => {}, 3600 * 1000);\n",
    "typescript": 'for (const s of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(s, () => {});\n'
    "setInterval(() => {}, 3600 * 1000);\n",
    "cpp": "#include <csignal>\n#include <initializer_list>\n#include <unistd.h>\n"
    "int main() {\n    for (int s : {SIGTERM, SIGINT, SIGHUP, SIGXCPU}) std::signal(s, SIG_IGN);\n"
    "    for (;;) pause();\n}\n",
    "go": 'package main\n\nimport (\n\t"os/signal"\n\t"syscall"\n\t"time"\n)\n\n'
    "func main() {\n\tsignal.Ignore(syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)\n"
    "\ttime.Sleep(time.Hour)\n}\n",
    "java": "public class Main {\n    public static void main(String[] a) throws Exception {\n"
    "        Thread.sleep(3_600_000);\n    }\n}\n",
}
