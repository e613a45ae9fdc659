// All of Mantine's CSS, for the pages after the first screen (detail, wizards): loaded
// with their chunks, so any component works there (first-screen-styles.ts says why).
import '@mantine/core/styles.layer.css';
