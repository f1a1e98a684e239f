export { addComment, removeComment } from './comments.js'
export { postsForExport } from './export.js'
export { markFeedRead, readFeed } from './feed.js'
export { getPost, setHidden, sharePost } from './share.js'
