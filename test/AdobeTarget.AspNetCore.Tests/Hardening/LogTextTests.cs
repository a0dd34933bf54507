using System.Text;
using AdobeTarget.Internal;

namespace AdobeTarget.AspNetCore.Tests.Hardening;

/// <summary>Issue 9, item 3: what <see cref="LogText"/> lets into a log line or an exception message.</summary>
public class LogTextTests
{
    [Theory]
    [InlineData("a\rb\nc", "a b c")]
    [InlineData("a\u001b[2Jb", "a [2Jb")]
    [InlineData("a\u2028b", "a b")] // line separator
    [InlineData("a\u2029b", "a b")] // paragraph separator
    [InlineData("a\u202Eb", "a b")] // right-to-left override
    [InlineData("a\u200Bb", "a b")] // zero-width space (format)
    [InlineData("caf\u00e9 \u65e5\u672c \uD83D\uDE00", "caf\u00e9 \u65e5\u672c \uD83D\uDE00")] // letters and a valid pair are kept
    public void Clean_Value_ReplacesEveryUnsafeCharacterWithASpace(string value, string expected) =>
        Assert.Equal(expected, LogText.Clean(value));

    [Fact]
    public void Clean_LoneSurrogates_BecomeSpaces()
    {
        // Built at run time: a lone surrogate cannot be written to an attribute's UTF-8 blob.
        var high = char.ConvertFromUtf32(0x1F600)[0];
        var low = char.ConvertFromUtf32(0x1F600)[1];
        var table = new (string Value, string Expected)[]
        {
            ($"a{high}b", "a b"),
            ($"a{low}b", "a b"),
            ($"a{low}{high}b", "a  b"), // a pair in the wrong order is two lone surrogates
            ($"ab{high}", "ab "),
        };

        Assert.All(table, row => Assert.Equal(row.Expected, LogText.Clean(row.Value)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    public void Clean_NothingToShow_IsNull(string? value) => Assert.Null(LogText.Clean(value));

    [Fact]
    public void Clean_CleanValueWithinTheLimit_IsReturnedAsIs()
    {
        var value = new string('a', LogText.DefaultMaxLength);

        Assert.Same(value, LogText.Clean(value));
    }

    [Fact]
    public void Clean_LongValue_IsCutAtTheLimitWithAMark()
    {
        var cleaned = LogText.Clean(new string('a', 1000), 10);

        Assert.Equal("aaaaaaaaaa…", cleaned);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    public void Clean_PairAtTheLimit_IsNeverSplit(int prefix)
    {
        var value = new string('a', prefix) + string.Concat(Enumerable.Repeat("\uD83D\uDE00", 10));

        var cleaned = LogText.Clean(value, 10)!;

        Assert.True(cleaned.Length <= 11, cleaned);
        Assert.EndsWith("…", cleaned, StringComparison.Ordinal);
        Assert.True(IsWellFormed(cleaned[..^1]), "the cut left a lone surrogate");
        Assert.StartsWith(cleaned[..^1], value, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_UnsafeCharactersPastTheLimit_AreCutNotKept()
    {
        var cleaned = LogText.Clean(new string('a', 10) + "\r\n\u202E", 10);

        Assert.Equal("aaaaaaaaaa…", cleaned);
    }

    private static bool IsWellFormed(string value)
    {
        var span = value.AsSpan();
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(span, out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            span = span[consumed..];
        }

        return true;
    }
}
