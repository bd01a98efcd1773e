/**
 * The workbench's entry point: one API client, one controller. `window.workbench` exposes them for
 * debugging in the console and for the end-to-end tests (tests/workbench/).
 */
import './style.css';
import { createApiClient } from './api';
import { App } from './app';

const api = createApiClient('/graphql');
const app = new App(api);

declare global {
  interface Window {
    workbench: { app: App; graph: App['graph'] };
  }
}
window.workbench = { app, graph: app.graph };
void app.start();
