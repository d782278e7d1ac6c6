// A stock static server as a user's IT department might run one: `python3 -m http.server`, no fallback rule,
// no headers of ours.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface PythonServer {
	/** `http://127.0.0.1:<port>`, no trailing slash. */
	origin: string;
	close(): void;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}

/** `python3 -m http.server` in `dir` on a free port of 127.0.0.1, once it answers. */
export async function pythonServer(dir: string): Promise<PythonServer> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], {
		cwd: dir,
		stdio: 'ignore'
	});
	const close = () => void child.kill();
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(`${origin}/`).then(
				(r) => r.ok,
				() => false
			)
		)
			return { origin, close };
		await new Promise((r) => setTimeout(r, 100));
	}
	close();
	throw new Error(`python3 -m http.server in ${dir} did not answer (is python3 installed?)`);
}
