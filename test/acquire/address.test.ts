/** The private-address rule, as a table: what counts as inside the operator's network. */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { isPrivateAddress } from '../../src/acquire/index.js';

test('loopback, private, link-local and reserved addresses are private', () => {
  const inside = [
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254', // cloud metadata
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
  ];
  for (const address of inside) assert.equal(isPrivateAddress(address), true, address);
});

test('public addresses, and names that are not addresses, are not private', () => {
  const outside = [
    '8.8.8.8',
    '172.32.0.1',
    '192.169.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    'localhost',
  ];
  for (const address of outside) assert.equal(isPrivateAddress(address), false, address);
});
