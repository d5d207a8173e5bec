import { mount } from 'svelte';
import App from './App.svelte';
import { api } from './lib/api';
import { connectDiskCache } from './lib/diagrams/disk-cache';
import { readEditsFrom } from './lib/diagrams/edits/edits-source';
import { userDiagrams } from './lib/diagrams/user-diagrams.svelte';
import './styles/fonts.css';
import './styles/app.css';

// Every view and export of a diagram draws the open profile's edits.
readEditsFrom((optionId) => userDiagrams.editsFor(optionId));
// Mermaid is not loaded here: the first diagram usually comes from the disk
// cache (lib/diagrams/disk-cache.ts); Mermaid loads on a miss, or once idle.
connectDiskCache(api);
mount(App, { target: document.getElementById('app')! });
