using System.Net;
using System.Text.Json.Nodes;

namespace AdobeTarget.LocalEdge.Tests;

/// <summary>The report counts as Target's reports do by default: visitors, impressions, conversions once per visitor.</summary>
public class LocalEdgeReportTests : EdgeOverHttp
{
    private const int CartActivity = 3;
    private const int CartExperience = 30;

    [Fact]
    public async Task TwoClicksAndAReplayedLink_CountOneConversionAt100PercentNot300()
    {
        var home = await PrefetchHomeAsync("shopper.35_0");
        var experience = ExperienceOf(home);
        await NotifyAsync("shopper.35_0", "d1", "display", home["options"]![0]!["eventToken"]!);
        var click = home["metrics"]![0]!["eventToken"]!;

        await NotifyAsync("shopper.35_0", "c1", "click", click);
        await NotifyAsync("shopper.35_0", "c2", "click", click);
        await NotifyAsync("shopper.35_0", "c2", "click", click); // the link replayed: the same request again

        var report = await ReportAsync();
        Assert.Equal((1, 1, 1), (Count(report, 1, experience, "visitors"), Count(report, 1, experience, "impressions"), Count(report, 1, experience, "conversions")));
        Assert.Equal(1.0, Rate(report, 1, experience));
        var html = await Http.GetStringAsync("_edge/report");
        Assert.Contains($"""<tr data-experience="{experience}"><td>{(experience == 10 ? "A" : "B")}</td><td>{(experience == 10 ? 70 : 30)}</td><td class="visitors">1</td><td class="impressions">1</td><td class="on-device">0</td><td class="conversions">1</td><td class="rate">100.0 %</td></tr>""", html, StringComparison.Ordinal);
        Assert.DoesNotContain("300.0", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThreeClicksOfOneOfTwoVisitors_RateIsConvertingVisitorsOverVisitors()
    {
        foreach (var visitor in new[] { "first.35_0", "second.35_0" })
        {
            var cart = await PrefetchCartAsync(visitor);
            await NotifyAsync(visitor, $"{visitor}-d1", "display", cart["options"]![0]!["eventToken"]!);
            await NotifyAsync(visitor, $"{visitor}-d2", "display", cart["options"]![0]!["eventToken"]!);
            if (visitor == "first.35_0")
            {
                for (var i = 0; i < 3; i++)
                {
                    await NotifyAsync(visitor, $"{visitor}-c{i}", "click", cart["metrics"]![0]!["eventToken"]!);
                }
            }
        }

        var report = await ReportAsync();
        Assert.Equal(2, Count(report, CartActivity, CartExperience, "visitors"));
        Assert.Equal(4, Count(report, CartActivity, CartExperience, "impressions"));
        Assert.Equal(1, Count(report, CartActivity, CartExperience, "conversions"));
        Assert.Equal(0.5, Rate(report, CartActivity, CartExperience)); // not 3 clicks / 4 impressions
        Assert.Contains("""<td class="conversions">1</td><td class="rate">50.0 %</td>""", await Http.GetStringAsync("_edge/report"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickWithoutADisplay_CountsTheVisitorSoTheRateStaysAt100Percent()
    {
        var cart = await PrefetchCartAsync("clicker.35_0");

        await NotifyAsync("clicker.35_0", "c1", "click", cart["metrics"]![0]!["eventToken"]!);

        var report = await ReportAsync();
        Assert.Equal((1, 0, 1), (Count(report, CartActivity, CartExperience, "visitors"), Count(report, CartActivity, CartExperience, "impressions"), Count(report, CartActivity, CartExperience, "conversions")));
        Assert.Equal(1.0, Rate(report, CartActivity, CartExperience));
    }

    [Fact]
    public async Task Reset_ForgetsConversions_SoTheSameVisitorConvertsAgain()
    {
        var click = (await PrefetchCartAsync("returning.35_0"))["metrics"]![0]!["eventToken"]!;
        await NotifyAsync("returning.35_0", "c1", "click", click);

        using (var reset = await Http.PostAsync("_edge/reset", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }

        Assert.Equal(0, Count(await ReportAsync(), CartActivity, CartExperience, "conversions"));
        await NotifyAsync("returning.35_0", "c2", "click", click);
        Assert.Equal(1, Count(await ReportAsync(), CartActivity, CartExperience, "conversions"));
    }

    [Fact]
    public async Task ReportPage_LinksBackToTheShop()
    {
        var html = await Http.GetStringAsync("_edge/report");

        Assert.Contains("""<a href="/">Back to the shop</a>""", html, StringComparison.Ordinal);
    }

    private async Task<JsonNode> PrefetchCartAsync(string tntId) =>
        (await PostAsync($$$"""{"id":{"tntId":"{{{tntId}}}"},"context":{"channel":"web"},"prefetch":{"views":[{"name":"cart"}]}}""")).Body!["prefetch"]!["views"]![0]!;

    private async Task NotifyAsync(string tntId, string id, string type, JsonNode token)
    {
        var (status, body) = await PostAsync($$$"""
            {"id":{"tntId":"{{{tntId}}}"},"context":{"channel":"web"},"notifications":[
              {"id":"{{{id}}}","type":"{{{type}}}","timestamp":1700000000000,"tokens":[{{{token.ToJsonString()}}}]}]}
            """);
        Assert.True(status == HttpStatusCode.OK, $"notification {id}: {status} {body}");
    }

    private static double Rate(JsonNode report, int activity, int experience) =>
        report["activities"]!.AsArray().Single(a => a!["id"]!.GetValue<long>() == activity)!["experiences"]!.AsArray()
            .Single(e => e!["id"]!.GetValue<long>() == experience)!["conversionRate"]!.GetValue<double>();
}
