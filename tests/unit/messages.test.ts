import { describe, expect, it } from 'vitest'
import {
  collectReferences,
  leafPaths,
  messageTables,
  sourceFiles,
  unusedMessages,
} from '../../scripts/unused-messages'

describe('messages: every key of the Japanese tree is used', () => {
  // A key nothing refers to is dead weight in both languages (the ja and en trees match, see
  // tests/renderer/messages.test.ts): `node --import tsx scripts/unused-messages.ts` lists them.
  it('is referred to by src: a literal key, a parent of it or a template that builds it', async () => {
    const leaves = [...(await messageTables()).values()].flatMap((tree) => leafPaths(tree))
    expect(leaves.length).toBeGreaterThan(500)
    expect(unusedMessages(leaves, collectReferences(sourceFiles()))).toEqual([])
  })

  it('counts the three kinds of reference, and nothing else', () => {
    const leaves = ['a.x', 'a.y', 'b.days.0', 'b.days.1', 'c.tabs.one', 'c.title', 'd.only']
    const refs = collectReferences([
      {
        path: 'x.vue',
        text: `t('a.x') <b :title="t(\`b.days.\${n}\`)"> ${"'c.tabs'"} t(\`\${area}.title\`)`,
      },
    ])
    expect(unusedMessages(leaves, refs)).toEqual(['a.y', 'c.title', 'd.only'])
    expect(refs.unresolved.map((u) => u.source)).toEqual(['${area}.title'])
  })
})
