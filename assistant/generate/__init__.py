"""Writing posts from a brief: prompt building, the LLM client, the generate pipeline.

`assistant prompt` needs only `brief`, `spec` and `prompts` (no endpoint, no key);
`assistant generate` adds `client` and `run`. Nothing here is imported by `assistant lint`.
"""
