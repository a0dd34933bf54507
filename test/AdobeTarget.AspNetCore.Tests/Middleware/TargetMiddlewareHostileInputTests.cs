using AdobeTarget.AspNetCore.Tests.Infrastructure;

namespace AdobeTarget.AspNetCore.Tests.Middleware;

/// <summary>Broken and hostile cookies: the page is served, the bad parts are ignored, no call leaves for another host.</summary>
public class TargetMiddlewareHostileInputTests
{
    public static TheoryData<string> BadMboxCookies => new()
    {
        "garbage",
        "session",
        "session#",
        "%",
        "%E0%A4%A",
        "session#%E0%A4%A#99999999999",
        "session#a b#99999999999",
        "session#abc#-1",
        "session#abc#1e10",
        "PC#" + new string('x', 300) + "#99999999999",
        new string('|', 3000),
        "session#" + new string('a', 5000) + "#99999999999",
        "\u00e9\u00e8\u00ea",
        "session#abc#99999999999|".PadRight(5000, '#'), // over 4096 characters: ignored whole
    };

    [Theory]
    [MemberData(nameof(BadMboxCookies))]
    public async Task MalformedMboxCookie_IsIgnoredAndTheVisitorStartsFresh(string value)
    {
        await using var app = await TargetTestApp.StartAsync();

        var response = await app.GetAsync("/offers", ("mbox", Uri.EscapeDataString(value)));

        Assert.Equal(200, response.Status);
        var sent = Assert.Single(app.Edge.Requests);
        Assert.Matches("^[0-9a-f]{32}$", sent.Query["sessionId"]);
        Assert.Null(sent.Json["id"]);
        Assert.Equal("acme.tt.omtrdc.net", sent.Host);
        Assert.NotNull(response.Cookie("mbox"));
    }

    [Fact]
    public async Task OneBadEntry_DoesNotCostTheGoodOnes()
    {
        await using var app = await TargetTestApp.StartAsync();
        var seconds = app.Time.GetUtcNow().ToUnixTimeSeconds();

        await app.GetAsync("/offers", ("mbox", Uri.EscapeDataString($"junk#|session#kept#{seconds + 60}|PC#bad value#1|PC#good.28_0#{seconds + 60}")));

        var sent = Assert.Single(app.Edge.Requests);
        Assert.Equal("kept", sent.Query["sessionId"]);
        Assert.Equal("good.28_0", sent.Json["id"]!["tntId"]!.GetValue<string>());
    }

    [Fact]
    public async Task DuplicatedMboxCookies_ServeThePageWithOneOfThem()
    {
        await using var app = await TargetTestApp.StartAsync();
        var seconds = app.Time.GetUtcNow().ToUnixTimeSeconds();

        var response = await app.GetAsync("/offers", ("mbox", $"session#one#{seconds + 60}"), ("mbox", $"session#two#{seconds + 60}"));

        Assert.Equal(200, response.Status);
        Assert.Contains(Assert.Single(app.Edge.Requests).Query["sessionId"], new[] { "one", "two" });
        Assert.Single(response.SetCookies, c => c.Name.Value == "mbox");
    }

    [Theory]
    [InlineData("evil.com")]
    [InlineData("21.evil.com")]
    [InlineData("21%2Fevil")]
    [InlineData("21%40evil.com")]
    [InlineData("21%3A443")]
    [InlineData("99999")]
    [InlineData("%00")]
    [InlineData("-21")]
    public async Task HostileLocationHintCookie_NeverChangesTheHost(string hint)
    {
        await using var app = await TargetTestApp.StartAsync();

        var response = await app.GetAsync("/offers", ("mboxEdgeCluster", hint));

        Assert.Equal(200, response.Status);
        Assert.Equal("acme.tt.omtrdc.net", Assert.Single(app.Edge.Requests).Host);
        Assert.Equal("28", response.CookieValue("mboxEdgeCluster")); // the hint the edge's tntId gave, not the visitor's
    }

    [Fact]
    public async Task AmcvCookie_SendsTheMarketingCloudVisitorId()
    {
        await using var app = await TargetTestApp.StartAsync();

        await app.GetAsync("/offers", ($"AMCV_{ClientHarness.OrganizationId.Replace("@", "%40", StringComparison.Ordinal)}", Uri.EscapeDataString("-1124106680|MCIDTS|19000|MCMID|07327024324407615852294135870030620007|MCAAMLH-1641|7|vVersion|5.2.0")));

        Assert.Equal("07327024324407615852294135870030620007", Assert.Single(app.Edge.Requests).Json["id"]!["marketingCloudVisitorId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("MCMID|not-digits")]
    [InlineData("MCMID|")]
    [InlineData("MCMID")]
    [InlineData("MCMID|123\u0000")]
    [InlineData("%%%")]
    public async Task MalformedAmcvCookie_SendsNoMarketingCloudVisitorId(string value)
    {
        await using var app = await TargetTestApp.StartAsync();

        var response = await app.GetAsync("/offers", ($"AMCV_{ClientHarness.OrganizationId.Replace("@", "%40", StringComparison.Ordinal)}", Uri.EscapeDataString(value)));

        Assert.Equal(200, response.Status);
        Assert.Null(Assert.Single(app.Edge.Requests).Json["id"]);
    }

    [Fact]
    public async Task AmcvCookieOfAnotherOrganization_IsNotRead()
    {
        await using var app = await TargetTestApp.StartAsync();

        await app.GetAsync("/offers", ("AMCV_OTHER%40AdobeOrg", "MCMID|123"));

        Assert.Null(Assert.Single(app.Edge.Requests).Json["id"]);
    }
}
