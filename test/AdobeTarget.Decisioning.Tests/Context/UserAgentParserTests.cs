using System.Text.Json;
using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Tests.Context;

public sealed class UserAgentParserTests
{
    private const string ChromeWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
    private const string SafariIphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";

    [Theory]
    [InlineData(ChromeWindows, "chrome", 120, "windows")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36", "chrome", 119, "mac")]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36", "chrome", 118, "linux")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.61", "edge", 120, "windows")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041", "edge", 18, "windows")]
    [InlineData("Mozilla/5.0 (Linux; Android 10; HD1913) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36 EdgA/120.0.2210.84", "edge", 120, "Android")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/120.2210.60 Mobile/15E148 Safari/605.1.15", "edge", 120, "iOS")]
    [InlineData(SafariIphone, "mobile safari", 17, "iOS")]
    [InlineData("Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1", "mobile safari", 16, "iOS")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15", "safari", 17, "mac")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1", "unknown", -1, "iOS")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0", "firefox", 120, "windows")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/120.0 extra", "unknown", -1, "windows")]
    [InlineData("Mozilla/5.0 (X11; FreeBSD amd64; rv:109.0) Gecko/20100101 Firefox/118.0", "firefox", 118, "Unix")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko", "ie", 11, "windows")]
    [InlineData("Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)", "ie", 10, "windows")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/105.0.0.0", "chrome", 120, "windows")]
    [InlineData("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36", "chrome", 120, "Unix")]
    [InlineData("curl/8.4.0", "unknown", -1, "unknown")]
    [InlineData("", "unknown", -1, "unknown")]
    [InlineData(null, "unknown", -1, "unknown")]
    public void Parse_RealUserAgents_AsAdobesEngine(string? userAgent, string type, int version, string platform) =>
        Assert.Equal(new UserAgentInfo(type, version, platform), UserAgentParser.Parse(userAgent, null));

    [Fact]
    public void Parse_ClientHintsBrandAndPlatform_OverrideUserAgent()
    {
        var hints = new ClientHints
        {
            BrowserUAWithFullVersion = "\"Not_A Brand\";v=\"8.0.0.0\", \"Chromium\";v=\"120.0.6099.71\", \"Microsoft Edge\";v=\"121.0.2210.61\"",
            Platform = "macOS",
        };

        Assert.Equal(new UserAgentInfo("edge", 121, "mac"), UserAgentParser.Parse(SafariIphone, hints));
    }

    [Fact]
    public void Parse_ClientHintsWithoutBrand_KeepUserAgentBrowserButTakeUnmappedPlatform()
    {
        var hints = new ClientHints { Platform = "Chrome OS" };
        Assert.Equal(new UserAgentInfo("chrome", 120, "Chrome OS"), UserAgentParser.Parse(ChromeWindows, hints));
    }

    [Fact]
    public void Parse_EmptyFullVersionList_FallsBackToMajorVersionBrands()
    {
        var hints = new ClientHints { BrowserUAWithFullVersion = "", BrowserUAWithMajorVersion = "\"Safari\";v=\"17\"" };
        Assert.Equal(new UserAgentInfo("safari", 17, "windows"), UserAgentParser.Parse(ChromeWindows, hints));
    }

    [Fact]
    public void Parse_SixHundredCasesComputedByAdobesNodeEngine_AllEqual()
    {
        var mismatches = new List<string>();
        foreach (JsonElement[] row in ReferenceData.Rows("useragents.json", 600))
        {
            string userAgent = row[0].Text();
            ClientHints? hints = row[1].ValueKind == JsonValueKind.Null ? null : new ClientHints
            {
                BrowserUAWithFullVersion = Optional(row[1], "browserUAWithFullVersion"),
                BrowserUAWithMajorVersion = Optional(row[1], "browserUAWithMajorVersion"),
                Platform = Optional(row[1], "platform"),
            };

            // Versions beyond int are capped (documented); Node keeps a double.
            var expected = new UserAgentInfo(row[2].Text(), (int)Math.Min(row[3].GetDouble(), int.MaxValue), row[4].Text());
            UserAgentInfo actual = UserAgentParser.Parse(userAgent, hints);
            if (actual != expected)
            {
                mismatches.Add($"{ReferenceData.Show(userAgent)} {row[1]}: expected {expected}, got {actual}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Parse_HostileInputs_DecideWithoutThrowing()
    {
        string huge = ChromeWindows + new string('a', 1_000_000);
        Assert.Equal(new UserAgentInfo("chrome", 120, "windows"), UserAgentParser.Parse(huge, null));
        string adversarial = string.Concat(Enumerable.Repeat("version/1 trident rv:1 mobile/", 40_000));
        Assert.Equal(UserAgentParser.Parse(adversarial[..UserAgentParser.MaxInspectedLength], null), UserAgentParser.Parse(adversarial, null));
        Assert.NotNull(UserAgentParser.Parse("\ud800Chrome/\udc0012\0\u0001", null));
        Assert.Equal(new UserAgentInfo("chrome", 12, "unknown"), UserAgentParser.Parse("\u0001\ud800 Chrome/12\udc00", null));
    }

    [Fact]
    public void Parse_VersionBeyondInspectedLength_IsNotSeen()
    {
        string padded = new string('x', UserAgentParser.MaxInspectedLength) + " Chrome/120";
        Assert.Equal(new UserAgentInfo("unknown", -1, "unknown"), UserAgentParser.Parse(padded, null));
    }

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) ? value.GetString() : null;
}
