namespace AdobeTarget.Decisioning.Tests.Allocation;

public sealed class MurmurHash3Tests
{
    [Theory]
    [InlineData("someClientId.123456.tntId123.salty", -1846592194)]
    [InlineData("targettesting.125880.4c038b35f1b1453d80a3e7da8208c617.campaign", -683299703)]
    [InlineData("someClientId.125873.338e3c1e51f7416a8e1ccba4f81acea0.28_0.0", 1237814844)]
    public void Hash32_AdobeVectors_MatchesAdobe(string text, int expected) =>
        Assert.Equal(expected, MurmurHash3.Hash32(text));

    // Standard Murmur3 x86_32 vectors over bytes, expressed as the UTF-16 code units whose little-endian bytes they are.
    [Theory]
    [InlineData("", 0u, 0u)]
    [InlineData("", 1u, 0x514E28B7u)]
    [InlineData("", 0xffffffffu, 0x81F16F39u)]
    [InlineData("\0\0", 0u, 0x2362F9DEu)]
    [InlineData("\u4321\u8765", 0u, 0xF55B516Bu)]
    [InlineData("\u4321\u8765", 0x5082EDEEu, 0x2362F9DEu)]
    [InlineData("\u4321", 0u, 0xA0F7B07Au)]
    [InlineData("\0", 0u, 0x30F4C306u)]
    [InlineData("\uffff\uffff", 0u, 0x76293B50u)]
    public void Hash32_StandardByteVectors_MatchUtf16LittleEndianView(string text, uint seed, uint expected) =>
        Assert.Equal(unchecked((int)expected), MurmurHash3.Hash32(text, seed));

    [Fact]
    public void Hash32_ThousandStringsHashedByAdobesNodeEngine_AllEqual()
    {
        var mismatches = new List<string>();
        foreach (var row in ReferenceData.Rows("hashes.json", 1000))
        {
            string text = row[0].Text();
            int expected = row[1].GetInt32();
            int actual = MurmurHash3.Hash32(text);
            if (actual != expected)
            {
                mismatches.Add($"{ReferenceData.Show(text)}: expected {expected}, got {actual}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Hash32_LoneSurrogatesAndOddLength_HashesEachCodeUnit()
    {
        // A lone surrogate is hashed as its code unit; changing it changes the hash.
        Assert.NotEqual(MurmurHash3.Hash32("a\ud800b"), MurmurHash3.Hash32("a\ud801b"));
        Assert.NotEqual(MurmurHash3.Hash32("abc"), MurmurHash3.Hash32("abc\0"));
    }
}
