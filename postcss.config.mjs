// Tailwind CSS 4 runs as a PostCSS plugin inside Next's build (the product frontend only).
export default { plugins: { '@tailwindcss/postcss': {} } }
