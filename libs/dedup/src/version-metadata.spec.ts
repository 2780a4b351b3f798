import { deduplicate } from './deduplicate';
import { InMemoryDedupStore } from './in-memory-dedup-store';

// Hand-written: a daily report whose version 2 revises three of its figures. Without metadata that is what a
// formulaic bulletin looks like (a new story); with the agency's story id and version it is an update.
const v1 =
  'WASHINGTON (Reuters) - U.S.-led coalition forces conducted 11 strikes against Islamic State targets in Iraq and ' +
  'Syria on Tuesday, the Combined Joint Task Force said. Near Mosul, 4 strikes destroyed two fighting positions ' +
  'and a vehicle. Near Raqqa, 3 strikes hit an Islamic State tactical unit. Col. Chris Garver told reporters in ' +
  'Baghdad that the strikes were coordinated with Iraqi forces advancing from the south of the city.';
const v2 = v1
  .replace('conducted 11 strikes', 'conducted 13 strikes')
  .replace('3 strikes hit', '5 strikes hit')
  .replace('4 strikes destroyed', '6 strikes destroyed');

describe('version metadata', () => {
  it('given the same agency story id and a version, then a revision of three figures is an update', async () => {
    const [first, second] = await deduplicate(
      [
        { id: 'r-1', storyId: 'reuters-1', agency: 'Reuters', text: v1, version: 1 },
        { id: 'r-2', storyId: 'reuters-1', agency: 'Reuters', text: v2, version: 2 },
      ],
      new InMemoryDedupStore(),
    );
    expect(first).toMatchObject({ status: 'unique', storyId: 'reuters-1' });
    expect(second).toMatchObject({ status: 'update', storyId: 'reuters-1', updateOf: 'r-1' });
  });

  it('given different story ids and no version, then the same revision is a separate bulletin', async () => {
    const [, second] = await deduplicate(
      [
        { id: 'd-1', storyId: 'd-1', agency: 'Reuters', text: v1 },
        { id: 'd-2', storyId: 'd-2', agency: 'Reuters', text: v2 },
      ],
      new InMemoryDedupStore(),
    );
    expect(second).toMatchObject({ status: 'unique', storyId: 'd-2' });
  });
});
