// Live updates over graphql-transport-ws. The token goes in connection_init, as browsers cannot set headers on a
// WebSocket. Where the socket cannot be opened or is refused, the caller's fallback (polling) keeps the view fresh.
import {accessToken} from './auth.js';

/**
 * Subscribes to `query`: onLive once the gateway accepted it, onData for each event, and onUnavailable once if the
 * subscription cannot run or ends, so the view can poll instead. Returns a stop function.
 */
export function subscribe(query, variables, {onData, onLive, onUnavailable}) {
  let socket;
  let stopped = false;
  let fallenBack = false;
  const fail = () => {
    if (stopped || fallenBack) return;
    fallenBack = true;
    onUnavailable();
  };
  accessToken().then(token => {
    if (stopped || !token) return fail();
    const url = new URL('../graphql', location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    try {
      socket = new WebSocket(url, 'graphql-transport-ws');
    } catch {
      return fail();
    }
    socket.onopen = () => socket.send(JSON.stringify({
      type: 'connection_init', payload: {Authorization: `Bearer ${token}`},
    }));
    socket.onmessage = message => {
      const frame = JSON.parse(message.data);
      if (frame.type === 'connection_ack') {
        onLive();
        socket.send(JSON.stringify({id: '1', type: 'subscribe', payload: {query, variables}}));
      } else if (frame.type === 'next' && frame.payload?.data) {
        onData(frame.payload.data);
      } else if (frame.type === 'ping') {
        socket.send(JSON.stringify({type: 'pong'}));
      } else if (frame.type === 'error') {
        fail();
      }
    };
    socket.onerror = fail;
    // A socket that closes (refused, expired token, gateway restart) leaves the view to poll.
    socket.onclose = fail;
  });
  return () => {
    stopped = true;
    socket?.close();
  };
}
