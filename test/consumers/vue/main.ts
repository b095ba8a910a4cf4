import { createApp } from 'vue';
import 'microneedling-elements';
import App from './App.vue';

createApp(App).mount('#app');
