// A stock Yjs + y-websocket client driven by JSON lines on stdin (one command per line);
// it answers with JSON lines on stdout. Used by test_yjs_interop.py against our server.
import { createInterface } from 'node:readline'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'

// `stock` as a third argument: offer no subprotocol, as a stock client does by default.
const [serverUrl, firstRoom, mode] = process.argv.slice(2)
const protocols = mode === 'stock' ? [] : ['coderemote.v1']
const say = (obj) => process.stdout.write(JSON.stringify(obj) + '\n')

// Application-event frames (type 100) received, and y-websocket's complaint about each one
// it cannot read ("Unable to compute message"), which it prints with console.error.
let appFrames = 0
let unreadable = 0
const consoleError = console.error
console.error = (...args) => {
  if (String(args[0]).includes('Unable to compute message')) unreadable += 1
  consoleError(...args)
}

// What `info` reports about the connection: every status change and socket close since start,
// the sockets the provider opened, and the longest silence on the current socket (the provider
// drops a socket that stays silent for 30 s).
const statuses = []
const sockets = []
let closes = 0
let lastMessageAt = 0
let longestSilenceMs = 0

// The current room: `open` leaves it for another one with a fresh document, so one process
// can serve many short rooms (the property tests open one room per example).
let doc, text, provider, room

const join = (name) => {
  if (provider) provider.destroy()
  room = name
  doc = new Y.Doc()
  text = doc.getText('code')
  const own = new WebsocketProvider(serverUrl, name, doc, {
    WebSocketPolyfill: WebSocket,
    protocols,
    disableBc: true
  })
  provider = own
  const current = () => own === provider
  own.on('sync', (synced) => { if (synced && current()) say({ event: 'synced', room: name }) })
  own.on('connection-close', (ev) => {
    if (!current()) return
    closes += 1
    say({ event: 'closed', code: ev ? ev.code : null })
  })
  own.on('status', ({ status }) => {
    if (!current()) return
    statuses.push(status)
    if (status === 'connected' && !sockets.includes(own.ws)) {
      sockets.push(own.ws)
      lastMessageAt = Date.now()
      longestSilenceMs = 0
      own.ws.addEventListener('message', (ev) => {
        if (new Uint8Array(ev.data)[0] === 100) appFrames += 1
        const now = Date.now()
        longestSilenceMs = Math.max(longestSilenceMs, now - lastMessageAt)
        lastMessageAt = now
      })
    }
  })
  text.observe(() => { if (current()) say({ event: 'text', text: text.toString() }) })
  own.awareness.on('change', () => {
    if (!current()) return
    const states = {}
    own.awareness.getStates().forEach((state, id) => { states[id] = state })
    say({ event: 'awareness', states })
  })
}

// The edit commands take any non-negative index and length and fold them into the current
// text (index modulo length + 1), so a test can ask for edits without knowing what concurrent
// edits did to the text meanwhile. Indexes count UTF-16 code units, like JavaScript strings,
// so they may fall between the two halves of a surrogate pair.
const fold = (index) => index % (text.length + 1)

join(firstRoom)

const rl = createInterface({ input: process.stdin })
rl.on('line', (line) => {
  const cmd = JSON.parse(line)
  if (cmd.op === 'insert') {
    // Yjs indexes count UTF-16 code units, like JavaScript strings.
    text.insert(cmd.index, cmd.text)
  } else if (cmd.op === 'open') {
    join(cmd.room)
  } else if (cmd.op === 'edit') {
    // One Yjs transaction (one update) per edit: {insert: string} or {delete: length}.
    const at = fold(cmd.index)
    if (cmd.insert !== undefined) text.insert(at, cmd.insert)
    else text.delete(at, Math.min(cmd.delete, text.length - at))
  } else if (cmd.op === 'state') {
    // What this client holds: its text and its state vector ({clientID: clock}).
    const sv = {}
    Y.decodeStateVector(Y.encodeStateVector(doc)).forEach((clock, client) => { sv[client] = clock })
    say({ event: 'state', room, text: text.toString(), sv, tag: cmd.tag })
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
      longestSilenceMs: Math.max(longestSilenceMs, Date.now() - lastMessageAt),
      appFrames,
      unreadable
    })
  } else if (cmd.op === 'close') {
    provider.destroy()
    process.exit(0)
  }
})
