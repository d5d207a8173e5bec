import { mount } from 'svelte';
import App from './App.svelte';
import { readEditsFrom } from './lib/diagrams/edits/edits-source';
import { loadMermaid } from './lib/diagrams/mermaid-loader';
import { userDiagrams } from './lib/diagrams/user-diagrams.svelte';
import './styles/fonts.css';
import './styles/app.css';

// Start fetching Mermaid while the app mounts: the first diagram needs it.
void loadMermaid();
// Every view and export of a diagram draws the open profile's edits.
readEditsFrom((optionId) => userDiagrams.editsFor(optionId));
mount(App, { target: document.getElementById('app')! });
