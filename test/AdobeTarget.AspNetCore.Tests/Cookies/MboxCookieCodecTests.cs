using AdobeTarget.Internal;

namespace AdobeTarget.AspNetCore.Tests.Cookies;

public class MboxCookieCodecTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly long NowSeconds = Now.ToUnixTimeSeconds();

    [Fact]
    public void Parse_NodeSdkCookie_ReadsSessionAndTntId()
    {
        // Adobe's Node.js SDK URL-encodes each part: letters, digits, '-', '.', '_' and '~' stay, anything else is
        // %-escaped. These ids hold ':', '+', '=' and '!', so the encoded cookie differs from the raw one.
        const string SessionId = "0a1b:2c3d+4e5f=6!";
        const string TntId = "08210e2d:751a+44779b=8313!.21_27";
        var value = $"session#{Uri.EscapeDataString(SessionId)}#{NowSeconds + 1860}|PC#{Uri.EscapeDataString(TntId)}#{NowSeconds + 63244800}";
        Assert.DoesNotContain(SessionId, value, StringComparison.Ordinal);
        Assert.DoesNotContain(TntId, value, StringComparison.Ordinal);

        var cookie = MboxCookieCodec.Parse(value, Now);

        Assert.Equal(SessionId, cookie.SessionId);
        Assert.Equal(TntId, cookie.TntId);
    }

    [Fact]
    public void Parse_NodeSdkCookieAsTheBrowserSendsItBack_ReadsAfterTheRequestDecodedItOnce()
    {
        // Express encodes the SDK's value again when it sets the cookie; ASP.NET Core decodes the request cookie once.
        const string TntId = "a1:b2+c3=d4.28_0";
        var sdkValue = $"session#s:1#{NowSeconds + 1860}|PC#{Uri.EscapeDataString(TntId)}#{NowSeconds + 63244800}";
        var asReceived = Uri.UnescapeDataString(Uri.EscapeDataString(sdkValue));

        var cookie = MboxCookieCodec.Parse(asReceived, Now);

        Assert.Equal("s:1", cookie.SessionId);
        Assert.Equal(TntId, cookie.TntId);
    }

    [Theory]
    [InlineData("sess ion")]
    [InlineData("na=me")]
    [InlineData("na%3Bme")] // ';' once decoded
    [InlineData("na%7Cme")] // '|' once decoded
    [InlineData("na.me")]
    [InlineData("na:me")]
    [InlineData("n\u00e4me")]
    [InlineData("n%C3%A4me")] // 'ä' once decoded
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")] // 33 characters
    public void Parse_EntryNameWithForbiddenCharacters_IsRejected(string name)
    {
        var cookie = MboxCookieCodec.Parse($"{name}#value#{NowSeconds + 100}", Now);

        Assert.Empty(cookie.Entries);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("at_js-2")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")] // 32 characters
    public void Parse_EntryNameOfLettersDigitsUnderscoresAndHyphens_IsKept(string name)
    {
        var entry = Assert.Single(MboxCookieCodec.Parse($"{name}#value#{NowSeconds + 100}", Now).Entries);

        Assert.Equal(name, entry.Name);
    }

    [Fact]
    public void Format_EntryWithForbiddenName_IsLeftOut()
    {
        var cookie = new MboxCookie([new("session", "s1", NowSeconds + 10), new("bad|name", "v", NowSeconds + 10), new("ok", "v", NowSeconds + 10)]);

        Assert.Equal($"session#s1#{NowSeconds + 10}|ok#v#{NowSeconds + 10}", MboxCookieCodec.Format(cookie, Now).Value);
    }

    [Fact]
    public void Format_ValuesWithCharactersThatNeedEscaping_AreWrittenRawForTheCookieWriterToEncodeOnce()
    {
        var cookie = MboxCookieCodec.Write(MboxCookie.Empty, "s:1+2", "t=1/2.28_0", Now);

        Assert.Equal($"session#s:1+2#{NowSeconds + 1860}|PC#t=1/2.28_0#{NowSeconds + 63244800}", cookie.Value);
        Assert.Equal("t=1/2.28_0", MboxCookieCodec.Parse(Uri.UnescapeDataString(Uri.EscapeDataString(cookie.Value)), Now).TntId);
    }

    [Fact]
    public void Parse_PercentEncodedSeparators_AreDecodedPerPart()
    {
        var cookie = MboxCookieCodec.Parse($"session#abc%2Ddef#{NowSeconds + 10}", Now);

        Assert.Equal("abc-def", cookie.SessionId);
    }

    [Fact]
    public void Parse_JavaSdkCookieWithTrailingPipe_ReadsBothEntries()
    {
        var cookie = MboxCookieCodec.Parse($"session#s1#{NowSeconds + 100}|PC#t1.28_0#{NowSeconds + 1000}|", Now);

        Assert.Equal("s1", cookie.SessionId);
        Assert.Equal("t1.28_0", cookie.TntId);
    }

    [Fact]
    public void Parse_ExpiredEntry_IsSkipped()
    {
        var cookie = MboxCookieCodec.Parse($"session#old#{NowSeconds - 1}|PC#t1#{NowSeconds}", Now);

        Assert.Null(cookie.SessionId);
        Assert.Equal("t1", cookie.TntId); // expiring this very second still counts
    }

    [Theory]
    [InlineData("")]
    [InlineData("|||")]
    [InlineData("session")]
    [InlineData("session#")]
    [InlineData("session#abc")]
    [InlineData("session##9999999999")]
    [InlineData("#abc#9999999999")]
    [InlineData("session#abc#")]
    [InlineData("session#abc#notanumber")]
    [InlineData("session#abc#-5")]
    [InlineData("session#abc#99999999999999999999")]
    [InlineData("session#a#b#9999999999")]
    [InlineData("sess ion#abc#9999999999")]
    [InlineData("session#ab c#9999999999")]
    [InlineData("session#ab%0Ac#9999999999")]
    [InlineData("session#ab%7Cc#9999999999")]
    [InlineData("session#ab/c#9999999999")]
    [InlineData("session#%E0%A4%A#9999999999")]
    [InlineData("session#\u00e9t\u00e9#9999999999")]
    [InlineData("session#abc#9999999999\u0000")]
    public void Parse_MalformedSession_IsIgnoredWithoutThrowing(string value)
    {
        var cookie = MboxCookieCodec.Parse(value, Now);

        Assert.Null(cookie.SessionId);
    }

    [Fact]
    public void Parse_MalformedEntry_DoesNotHideValidOnes()
    {
        var cookie = MboxCookieCodec.Parse($"garbage|session#good#{NowSeconds + 5}|PC#x#y#z|PC#t#{NowSeconds + 5}", Now);

        Assert.Equal("good", cookie.SessionId);
        Assert.Equal("t", cookie.TntId);
    }

    [Fact]
    public void Parse_OversizedCookie_IsIgnoredWhole()
    {
        var value = $"session#s#{NowSeconds + 5}|" + new string('x', MboxCookieCodec.MaxCookieLength);

        Assert.Empty(MboxCookieCodec.Parse(value, Now).Entries);
    }

    [Fact]
    public void Parse_OverlongValue_IsSkipped()
    {
        var cookie = MboxCookieCodec.Parse($"PC#{new string('a', 129)}#{NowSeconds + 5}", Now);

        Assert.Null(cookie.TntId);
    }

    [Fact]
    public void Parse_DuplicateNames_LastOneWins()
    {
        var cookie = MboxCookieCodec.Parse($"session#first#{NowSeconds + 5}|session#second#{NowSeconds + 5}", Now);

        Assert.Equal("second", cookie.SessionId);
        Assert.Single(cookie.Entries);
    }

    [Fact]
    public void Parse_ManyEntries_KeepsAtMostSixteen()
    {
        var value = string.Join('|', Enumerable.Range(0, 40).Select(i => $"e{i}#v#{NowSeconds + 5}"));

        Assert.Equal(16, MboxCookieCodec.Parse(value, Now).Entries.Count);
    }

    [Fact]
    public void Write_SessionAndTntId_UsesTheSdkLifetimes()
    {
        var cookie = MboxCookieCodec.Write(MboxCookie.Empty, "s1", "t1.28_0", Now);

        Assert.Equal("mbox", cookie.Name);
        Assert.Equal($"session#s1#{NowSeconds + 1860}|PC#t1.28_0#{NowSeconds + 63244800}", cookie.Value);
        Assert.Equal(63244800, cookie.MaxAge);
    }

    [Fact]
    public void Write_WithoutTntId_LivesAsLongAsTheSession()
    {
        var cookie = MboxCookieCodec.Write(MboxCookie.Empty, "s1", null, Now);

        Assert.Equal($"session#s1#{NowSeconds + 1860}", cookie.Value);
        Assert.Equal(1860, cookie.MaxAge);
    }

    [Fact]
    public void Write_KeepsOtherLiveEntriesOfThePreviousCookie()
    {
        var previous = MboxCookieCodec.Parse($"session#old#{NowSeconds + 5}|check#true#{NowSeconds + 20}|PC#old-t#{NowSeconds + 5}", Now);

        var cookie = MboxCookieCodec.Write(previous, "s2", "t2", Now);

        Assert.Equal($"session#s2#{NowSeconds + 1860}|PC#t2#{NowSeconds + 63244800}|check#true#{NowSeconds + 20}", cookie.Value);
    }

    [Fact]
    public void Write_InvalidTntIdFromTheEdge_IsLeftOut()
    {
        var cookie = MboxCookieCodec.Write(MboxCookie.Empty, "s1", "bad|value#x", Now);

        Assert.Equal($"session#s1#{NowSeconds + 1860}", cookie.Value);
    }

    [Fact]
    public void WriteThenParse_GivesTheSameVisitor()
    {
        var written = MboxCookieCodec.Write(MboxCookie.Empty, "s1", "t1.28_0", Now);

        var read = MboxCookieCodec.Parse(written.Value, Now.AddSeconds(1000));

        Assert.Equal("s1", read.SessionId);
        Assert.Equal("t1.28_0", read.TntId);
        Assert.Null(MboxCookieCodec.Parse(written.Value, Now.AddSeconds(1861)).SessionId);
    }

    [Fact]
    public void WriteLocationHint_LivesAsLongAsTheSession()
    {
        Assert.Equal(new TargetCookie("mboxEdgeCluster", "21", 1860), MboxCookieCodec.WriteLocationHint("21"));
    }
}
