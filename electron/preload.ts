// The preload exposes window.dpo: one function per contract method, each a single ipcRenderer.invoke
// on that method's channel. ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { channelFor, methodNames } from '../shared/contract';

const api = Object.fromEntries(methodNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input)]));

contextBridge.exposeInMainWorld('dpo', Object.freeze(api));
