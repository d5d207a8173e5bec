import { mount } from 'svelte';
import App from './App.svelte';
import { loadMermaid } from './lib/diagrams/mermaid-loader';
import './styles/fonts.css';
import './styles/app.css';

// Start fetching Mermaid while the app mounts: the first diagram needs it.
void loadMermaid();
mount(App, { target: document.getElementById('app')! });
