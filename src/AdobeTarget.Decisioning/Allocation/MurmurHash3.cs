using System.Numerics;

namespace AdobeTarget.Decisioning;

/// <summary>
/// MurmurHash3 x86_32 as Adobe Target computes it for allocation: over the UTF-16 code units of a string,
/// two units per 4-byte block (low unit first), an odd last unit as the tail, and a length term of twice the
/// number of units. This equals Murmur3-32 over the string's UTF-16LE bytes.
/// </summary>
internal static class MurmurHash3
{
    private const uint C1 = 0xcc9e2d51;
    private const uint C2 = 0x1b873593;

    /// <summary>Hashes <paramref name="text"/> and returns the 32-bit result read as a signed integer.</summary>
    /// <param name="text">The characters to hash (UTF-16 code units, lone surrogates included as they are).</param>
    /// <param name="seed">The hash seed; Adobe uses 0.</param>
    /// <returns>The signed 32-bit hash.</returns>
    public static int Hash32(ReadOnlySpan<char> text, uint seed = 0)
    {
        uint h1 = seed;
        int pairedEnd = text.Length & ~1;

        for (int i = 0; i < pairedEnd; i += 2)
        {
            uint k1 = text[i] | ((uint)text[i + 1] << 16);
            h1 ^= MixKey(k1);
            h1 = BitOperations.RotateLeft(h1, 13);
            h1 = unchecked((h1 * 5) + 0xe6546b64);
        }

        if ((text.Length & 1) == 1)
        {
            h1 ^= MixKey(text[pairedEnd]);
        }

        h1 ^= unchecked((uint)text.Length * 2);
        return unchecked((int)FinalMix(h1));
    }

    private static uint MixKey(uint k1)
    {
        k1 = unchecked(k1 * C1);
        k1 = BitOperations.RotateLeft(k1, 15);
        return unchecked(k1 * C2);
    }

    private static uint FinalMix(uint h)
    {
        h ^= h >> 16;
        h = unchecked(h * 0x85ebca6b);
        h ^= h >> 13;
        h = unchecked(h * 0xc2b2ae35);
        h ^= h >> 16;
        return h;
    }
}
