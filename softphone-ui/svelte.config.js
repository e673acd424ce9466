// Svelte 5 reads TypeScript in <script lang="ts"> natively; nothing to preprocess.
export default {};
