// A stock Yjs + y-websocket client driven by JSON lines on stdin (one command per line);
// it answers with JSON lines on stdout. Used by test_yjs_interop.py against our server.
import { createInterface } from 'node:readline'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'

const [serverUrl, room] = process.argv.slice(2)
const doc = new Y.Doc()
const text = doc.getText('code')
const provider = new WebsocketProvider(serverUrl, room, doc, {
  WebSocketPolyfill: WebSocket,
  protocols: ['coderemote.v1'],
  disableBc: true
})
const say = (obj) => process.stdout.write(JSON.stringify(obj) + '\n')

// What `info` reports about the connection: every status change and socket close since start,
// the sockets the provider opened, and the longest silence on the current socket (the provider
// drops a socket that stays silent for 30 s).
const statuses = []
const sockets = []
let closes = 0
let lastMessageAt = 0
let longestSilenceMs = 0

provider.on('sync', (synced) => { if (synced) say({ event: 'synced' }) })
provider.on('connection-close', (ev) => {
  closes += 1
  say({ event: 'closed', code: ev ? ev.code : null })
})
provider.on('status', ({ status }) => {
  statuses.push(status)
  if (status === 'connected' && !sockets.includes(provider.ws)) {
    sockets.push(provider.ws)
    lastMessageAt = Date.now()
    longestSilenceMs = 0
    provider.ws.addEventListener('message', () => {
      const now = Date.now()
      longestSilenceMs = Math.max(longestSilenceMs, now - lastMessageAt)
      lastMessageAt = now
    })
  }
})
text.observe(() => say({ event: 'text', text: text.toString() }))
provider.awareness.on('change', () => {
  const states = {}
  provider.awareness.getStates().forEach((state, id) => { states[id] = state })
  say({ event: 'awareness', states })
})

const rl = createInterface({ input: process.stdin })
rl.on('line', (line) => {
  const cmd = JSON.parse(line)
  if (cmd.op === 'insert') {
    // Yjs indexes count UTF-16 code units, like JavaScript strings.
    text.insert(cmd.index, cmd.text)
  } else if (cmd.op === 'text') {
    say({ event: 'text', text: text.toString() })
  } else if (cmd.op === 'awareness') {
    provider.awareness.setLocalState(cmd.state)
  } else if (cmd.op === 'info') {
    say({
      event: 'info',
      clientID: doc.clientID,
      connected: provider.wsconnected,
      statuses,
      closes,
      sockets: sockets.length,
      sameSocket: sockets.length > 0 && provider.ws === sockets[0],
      longestSilenceMs: Math.max(longestSilenceMs, Date.now() - lastMessageAt)
    })
  } else if (cmd.op === 'close') {
    provider.destroy()
    process.exit(0)
  }
})
