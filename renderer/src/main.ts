import './lib/zod-config';
import { mount } from 'svelte';
import App from './App.svelte';
import './styles/fonts.css';
import './styles/app.css';

mount(App, { target: document.getElementById('app')! });
