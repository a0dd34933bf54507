namespace AdobeTarget.Decisioning;

// TEMP placeholder: the real implementation comes from branch engine-parsers.
internal static class MurmurHash3
{
    public static int Hash32(ReadOnlySpan<char> text, uint seed = 0)
    {
        uint h = seed;
        int i = 0;
        for (; i + 1 < text.Length; i += 2)
        {
            uint k = text[i] | ((uint)text[i + 1] << 16);
            k *= 0xcc9e2d51; k = (k << 15) | (k >> 17); k *= 0x1b873593;
            h ^= k; h = (h << 13) | (h >> 19); h = (h * 5) + 0xe6546b64;
        }

        if (i < text.Length)
        {
            uint k = text[i];
            k *= 0xcc9e2d51; k = (k << 15) | (k >> 17); k *= 0x1b873593;
            h ^= k;
        }

        h ^= (uint)(text.Length * 2);
        h ^= h >> 16; h *= 0x85ebca6b; h ^= h >> 13; h *= 0xc2b2ae35; h ^= h >> 16;
        return unchecked((int)h);
    }
}
