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

provider.on('sync', (synced) => { if (synced) say({ event: 'synced' }) })
provider.on('connection-close', (ev) => say({ event: 'closed', code: ev ? ev.code : null }))
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
    say({ event: 'info', clientID: doc.clientID, connected: provider.wsconnected })
  } else if (cmd.op === 'close') {
    provider.destroy()
    process.exit(0)
  }
})
