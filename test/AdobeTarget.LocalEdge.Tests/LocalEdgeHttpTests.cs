using System.Net;
using System.Text.Json.Nodes;

namespace AdobeTarget.LocalEdge.Tests;

/// <summary>The local edge over HTTP, as any Delivery API client sees it.</summary>
public class LocalEdgeHttpTests : EdgeOverHttp
{
    [Fact]
    public async Task NewVisitor_GetsATntIdWithTheLocationHintAndTheEdgeHost()
    {
        var (status, body) = await PostAsync("""{"requestId":"r1","context":{"channel":"web"},"prefetch":{"mboxes":[{"name":"home","index":0}]}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("r1", body!["requestId"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{32}\\.35_0$", body["id"]!["tntId"]!.GetValue<string>());
        Assert.Equal("mboxedge35.tt.omtrdc.net", body["edgeHost"]!.GetValue<string>());
        Assert.Equal("local", body["client"]!.GetValue<string>());
    }

    [Fact]
    public async Task Prefetch_ReturnsTokensStateAndClickMetricsAndCountsNothing()
    {
        var (_, body) = await PostAsync("""{"id":{"tntId":"visitor-1.35_0"},"context":{"channel":"web"},"prefetch":{"mboxes":[{"name":"home","index":3},{"name":"flags","index":4},{"name":"nothing-here","index":5}]}}""");

        var mboxes = body!["prefetch"]!["mboxes"]!.AsArray();
        var home = mboxes[0]!;
        Assert.Equal(3, home["index"]!.GetValue<int>());
        Assert.Equal("html", home["options"]![0]!["type"]!.GetValue<string>());
        Assert.NotNull(home["options"]![0]!["eventToken"]);
        Assert.NotNull(home["state"]);
        Assert.Equal("click", home["metrics"]![0]!["type"]!.GetValue<string>());
        Assert.Equal(1, home["options"]![0]!["responseTokens"]!["activity.id"]!.GetValue<long>());
        Assert.True(mboxes[1]!["options"]![0]!["content"]!["enabled"]!.GetValue<bool>());
        Assert.Null(mboxes[1]!["metrics"]); // trackClicks: false
        Assert.Empty(mboxes[2]!["options"]!.AsArray());
        var report = await ReportAsync();
        Assert.Equal(0, Count(report, 1, 10, "impressions") + Count(report, 1, 11, "impressions"));
    }

    [Fact]
    public async Task Execute_CountsOneImpressionForTheVisitorsExperience()
    {
        var (_, body) = await PostAsync("""{"id":{"tntId":"visitor-2.35_0"},"context":{"channel":"web"},"execute":{"mboxes":[{"name":"home","index":0}],"pageLoad":{}}}""");

        var home = body!["execute"]!["mboxes"]![0]!;
        Assert.Null(home["options"]![0]!["eventToken"]);
        var experience = ExperienceOf(home);
        Assert.Equal("https://example.com/sale", body["execute"]!["pageLoad"]!["options"]![0]!["content"]!.GetValue<string>());
        var report = await ReportAsync();
        Assert.Equal(1, Count(report, 1, experience, "impressions"));
        Assert.Equal(1, Count(report, 1, experience, "visitors"));
        Assert.Equal(1, Count(report, 4, 40, "impressions"));
    }

    [Fact]
    public async Task DisplayAndClickNotifications_CountImpressionsAndConversions()
    {
        var (_, prefetch) = await PostAsync("""{"id":{"tntId":"visitor-3.35_0"},"context":{"channel":"web"},"prefetch":{"mboxes":[{"name":"home","index":0}],"views":[{"name":"cart"}]}}""");
        var home = prefetch!["prefetch"]!["mboxes"]![0]!;
        var display = home["options"]![0]!["eventToken"]!.GetValue<string>();
        var click = home["metrics"]![0]!["eventToken"]!.GetValue<string>();
        var view = prefetch["prefetch"]!["views"]![0]!["options"]![0]!["eventToken"]!.GetValue<string>();
        var experience = ExperienceOf(home);

        var (status, body) = await PostAsync($$$"""
            {"id":{"tntId":"visitor-3.35_0"},"context":{"channel":"web"},"notifications":[
              {"id":"d1","type":"display","timestamp":1700000000000,"mbox":{"name":"home"},"tokens":["{{{display}}}"]},
              {"id":"d2","type":"display","timestamp":1700000000000,"view":{"name":"cart"},"tokens":["{{{view}}}"]},
              {"id":"c1","type":"click","timestamp":1700000000001,"mbox":{"name":"home"},"tokens":["{{{click}}}"]}]}
            """);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["d1", "d2", "c1"], body!["notifications"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        var report = await ReportAsync();
        Assert.Equal(1, Count(report, 1, experience, "impressions"));
        Assert.Equal(1, Count(report, 1, experience, "conversions"));
        Assert.Equal(1, Count(report, 3, 30, "impressions"));
    }

    [Fact]
    public async Task NotificationSentAgainWithTheSameImpressionId_CountsOnce()
    {
        var home = await PrefetchHomeAsync("visitor-7.35_0");
        var display = home["options"]![0]!["eventToken"]!.GetValue<string>();
        var experience = ExperienceOf(home);
        var notification = $$$"""{"id":{"tntId":"visitor-7.35_0"},"context":{"channel":"web"},"notifications":[{"id":"d1","impressionId":"imp-1","type":"display","timestamp":1,"tokens":["{{{display}}}"]}]}""";

        var first = await PostAsync(notification);
        var retry = await PostAsync(notification);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("d1", retry.Body!["notifications"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(1, Count(await ReportAsync(), 1, experience, "impressions"));
    }

    [Theory]
    [InlineData("""{"id":"n","type":"display","timestamp":1,"tokens":["made-up-token"]}""", "Notification 'n': invalid display token 'made-up-token'.")]
    [InlineData("""{"type":"display","timestamp":1,"tokens":["t"]}""", "Notification 1: id is required.")]
    [InlineData("""{"id":"n","timestamp":1,"tokens":["t"]}""", "Notification 'n': type must be display or click.")]
    [InlineData("""{"id":"n","type":"display","tokens":["t"]}""", "Notification 'n': timestamp is required.")]
    [InlineData("""{"id":"n","type":"display","timestamp":1}""", "Notification 'n': tokens are required.")]
    public async Task BadNotification_RejectsTheWholeRequestWithTheEdgesMessage(string bad, string message)
    {
        var good = (await PrefetchHomeAsync("visitor-4.35_0"))["options"]![0]!["eventToken"]!.GetValue<string>();

        var (status, body) = await PostAsync($$$"""
            {"id":{"tntId":"visitor-4.35_0"},"context":{"channel":"web"},"notifications":[
              {"id":"good","type":"display","timestamp":1,"tokens":["{{{good}}}"]}, {{{bad}}}]}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body!["status"]!.GetValue<int>());
        Assert.Equal(message, body["message"]!.GetValue<string>());
        var report = await ReportAsync();
        Assert.Equal(0, Count(report, 1, 10, "impressions") + Count(report, 1, 11, "impressions")); // the good one was not counted either
    }

    [Fact]
    public async Task ClickTokenSentAsDisplay_IsInvalid()
    {
        var click = (await PrefetchHomeAsync("visitor-5.35_0"))["metrics"]![0]!["eventToken"]!.GetValue<string>();

        var (status, _) = await PostAsync($$$"""{"context":{"channel":"web"},"notifications":[{"id":"n","type":"display","timestamp":1,"tokens":["{{{click}}}"]}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Theory]
    [InlineData("?imsOrgId=ORG@AdobeOrg", """{"context":{"channel":"web"}}""", "The sessionId query parameter is required.")]
    [InlineData("?sessionId=s", """{"context":{"channel":"web"}}""", "The imsOrgId query parameter is required.")]
    [InlineData("?imsOrgId=ORG@AdobeOrg&sessionId=s", """{"prefetch":{}}""", "context.channel is required.")]
    [InlineData("?imsOrgId=ORG@AdobeOrg&sessionId=s", """{"context":""", "The request body is not valid JSON")]
    public async Task InvalidRequest_Gets400WithTheErrorShape(string query, string json, string message)
    {
        var (status, body) = await PostAsync(json, query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(message, body!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beacon_Gets204WithNoBody()
    {
        var (status, body) = await PostAsync("""{"context":{"channel":"web","beacon":true},"execute":{"mboxes":[{"name":"home","index":0}]}}""");

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Null(body);
    }

    [Fact]
    public async Task ReportPage_ShowsTheCountsWithNamesEncoded()
    {
        await PostAsync("""{"id":{"tntId":"visitor-6.35_0"},"context":{"channel":"web"},"execute":{"mboxes":[{"name":"home","index":0}]}}""");

        var html = await Http.GetStringAsync("_edge/report");

        Assert.Contains("Hero &lt;b&gt;test&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"impressions\">1</td>", html, StringComparison.Ordinal);
        using var reset = await Http.PostAsync("_edge/reset", null);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.DoesNotContain("<td class=\"impressions\">1</td>", await Http.GetStringAsync("_edge/report"), StringComparison.Ordinal);
    }
}
