import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, IPC_METHODS } from '../common/ipc-channels';

// One named object with one function per method — never ipcRenderer itself,
// so the page can reach exactly the channels in the contract and no others.
const explorer = Object.fromEntries(
  IPC_METHODS.map((method) => [method, (input?: unknown) => ipcRenderer.invoke(IPC_CHANNELS[method], input)]),
);

contextBridge.exposeInMainWorld('explorer', Object.freeze(explorer));
