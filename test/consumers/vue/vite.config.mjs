import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue leaves every mn-* tag to the browser: they are custom elements, not Vue components.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mn-') } } })],
});
