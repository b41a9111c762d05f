import { createIO } from './io.js';
import { runCli } from './run.js';

const code = await runCli(process.argv.slice(2), createIO());
// Exit explicitly: a driver or timer left open by a library must not keep an admin shell waiting.
process.exit(code);
