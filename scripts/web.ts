// `npm run web`: the real host behind a loopback bridge, with the UI in any browser on this computer.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startBridge } from '../electron/bridge/server';
import { defaultDataDir } from '../electron/cli/session';
import { createHost } from '../electron/host/host';
import { nodePorts } from '../electron/host/node-ports';

const rendererDir = join(import.meta.dirname, '..', 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('The UI is not built yet: run `npm run build:renderer` first (npm run web does this for you).');
  process.exit(1);
}
const argDir = process.argv.indexOf('--data-dir');
const dir = argDir > 0 ? process.argv[argDir + 1] : (process.env.DPO_DATA_DIR ?? defaultDataDir());
const host = createHost({ dir, ports: nodePorts(dir), autoLock: true });
const bridge = await startBridge({ host, rendererDir });
console.log(`DPO Desk is serving workspace ${dir}\nOpen this link once (it signs this browser in and then expires):\n\n  ${bridge.oneTimeUrl}\n`);
const stop = async () => {
  host.dispose();
  await bridge.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
