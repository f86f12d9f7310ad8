// Demo server (`npm start`): serves the project from its sources (TypeScript compiled on the fly).
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  nodeResolve: true,
  port: Number(process.env.PORT) || 8000,
  appIndex: undefined,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
