"""Pure Python core: money, marketplace records, rules. Imports nothing of ours outside domain."""
