using AdobeTarget.Internal;

namespace AdobeTarget.AspNetCore.Tests.Cookies;

public class MboxCookieSizeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly long Expires = Now.ToUnixTimeSeconds() + 600;

    [Theory]
    [InlineData("session", "0a1b2c3d4e5f")]
    [InlineData("PC", "08210e2d751a44779b8313e2d2692b96.21_27")]
    [InlineData("check", "a:b/c=d+e!f~g_h-i.j")]
    [InlineData("x", "()*'$&@[]^`{}<>")]
    public void EncodedLength_IsTheLengthUriEscapeDataStringGives(string name, string value)
    {
        var entries = new List<MboxCookieEntry> { new(name, value, Expires), new("other", value, 0) };
        var raw = $"{name}#{value}#{Expires}|other#{value}#0";

        Assert.Equal(Uri.EscapeDataString(raw).Length, MboxCookieSize.EncodedLength(entries));
    }

    [Fact]
    public void Writable_WithinTheLimit_ReturnsTheEntriesAsTheyAre()
    {
        var entries = new List<MboxCookieEntry> { new("session", "s1", Expires), new("check", "true", Expires) };

        Assert.Same(entries, MboxCookieSize.Writable(entries, MboxCookieCodec.MaxEncodedValueLength));
    }

    [Fact]
    public void Writable_PastTheLimit_DropsOtherEntriesLargestFirstAndNeverSessionOrPc()
    {
        var entries = new List<MboxCookieEntry>
        {
            new("big", new string(':', 100), Expires), // 300 bytes encoded
            new("session", new string(':', 128), Expires),
            new("small", "v", Expires),
            new("PC", new string('/', 128), Expires),
            new("bigger", new string(':', 120), Expires), // 360 bytes encoded
        };
        var limit = MboxCookieSize.EncodedLength(entries) - 200;

        var kept = MboxCookieSize.Writable(entries, limit);

        Assert.Equal(["big", "session", "small", "PC"], kept.Select(e => e.Name));
        Assert.True(MboxCookieSize.EncodedLength(kept) <= limit);
    }

    [Fact]
    public void Writable_WhenEvenSessionAndPcAloneExceedTheLimit_KeepsThemAnyway()
    {
        var entries = new List<MboxCookieEntry> { new("session", "s1", Expires), new("other", "v", Expires), new("PC", "t1", Expires) };

        Assert.Equal(["session", "PC"], MboxCookieSize.Writable(entries, 10).Select(e => e.Name));
    }

    [Fact]
    public void Format_ManyLargeEntries_StaysWithinTheLimitOnceEncodedAndReadsBack()
    {
        var others = Enumerable.Range(0, 16).Select(i => $"other{i:D2}#{string.Concat(Enumerable.Repeat("a:b/", 32))}#{Expires}");
        var previous = MboxCookieCodec.Parse(string.Join('|', others), Now);

        var written = MboxCookieCodec.Write(previous, "s1", "t1.28_0", Now);

        var encoded = Uri.EscapeDataString(written.Value);
        Assert.InRange(encoded.Length, MboxCookieCodec.MaxEncodedValueLength - 500, MboxCookieCodec.MaxEncodedValueLength);
        var read = MboxCookieCodec.Parse(Uri.UnescapeDataString(encoded), Now);
        Assert.Equal("s1", read.SessionId);
        Assert.Equal("t1.28_0", read.TntId);
        Assert.Contains(read.Entries, e => e.Name.StartsWith("other", StringComparison.Ordinal));
    }
}
