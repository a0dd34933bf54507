using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Tests.Context;

public sealed class UserAgentCacheTests
{
    private const string ChromeWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    private const string SafariIphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";

    [Theory]
    [InlineData(ChromeWindows)]
    [InlineData(SafariIphone)]
    [InlineData("")]
    [InlineData("curl/8.4.0")]
    public void Parse_SameUserAgentTwice_AnswersAsTheParserBothTimes(string userAgent)
    {
        var cache = new UserAgentCache();
        var expected = UserAgentParser.Parse(userAgent, null);

        Assert.Equal(expected, cache.Parse(userAgent, null));
        Assert.Equal(expected, cache.Parse(userAgent, null));
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Parse_WithClientHints_ParsesTheHintsAndKeepsNothing()
    {
        var cache = new UserAgentCache();
        cache.Parse(ChromeWindows, null);
        var hints = new ClientHints { BrowserUAWithMajorVersion = "\"Chromium\";v=\"121\", \"Google Chrome\";v=\"121\"", Platform = "Android" };

        var parsed = cache.Parse(ChromeWindows, hints);

        Assert.Equal(UserAgentParser.Parse(ChromeWindows, hints), parsed);
        Assert.Equal(121, parsed.BrowserVersion);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void Parse_ManyDistinctUserAgents_KeepsAtMostCapacity()
    {
        var cache = new UserAgentCache();

        for (var i = 0; i < UserAgentCache.Capacity * 3; i++)
        {
            var userAgent = $"Mozilla/5.0 (X11; Linux x86_64) Chrome/{i}.0.0.0 Safari/537.36";
            Assert.Equal(i, cache.Parse(userAgent, null).BrowserVersion);
            Assert.InRange(cache.Count, 1, UserAgentCache.Capacity);
        }
    }

    [Fact]
    public void Parse_UserAgentLongerThanInspected_ParsedButNotKept()
    {
        var cache = new UserAgentCache();
        var userAgent = ChromeWindows + new string(' ', UserAgentParser.MaxInspectedLength);

        Assert.Equal(UserAgentParser.Parse(userAgent, null), cache.Parse(userAgent, null));
        Assert.Equal(0, cache.Count);
    }
}
