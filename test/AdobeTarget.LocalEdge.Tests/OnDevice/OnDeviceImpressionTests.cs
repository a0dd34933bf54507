using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;

namespace AdobeTarget.LocalEdge.Tests.OnDevice;

/// <summary>
/// Decisions made on device from the edge's artifact reach the edge as display (and click) notifications; the report
/// counts them as impressions in the same table as the edge's own, and says how many were decided on device.
/// </summary>
public class OnDeviceImpressionTests : EdgeOverHttp
{
    private static readonly OnDeviceDecider Engine = new(TimeProvider.System);

    [Fact]
    public async Task OnDeviceExecute_DisplayNotifications_CountAsImpressionsDecidedOnDevice()
    {
        var decision = await DecideOnDeviceAsync("device-visitor.35_0");
        var home = decision.Response.Execute!.Mboxes!.Single();
        var experience = ExperienceIdOf(home.Options![0]);

        await NotifyAsync("device-visitor.35_0", decision.Notifications);

        var report = await ReportAsync();
        Assert.Equal(2, decision.Notifications.Count); // the home mbox and the page load
        Assert.Equal((1L, 1L, 1L), (Count(report, 1, experience, "impressions"), Count(report, 1, experience, "onDeviceImpressions"), Count(report, 1, experience, "visitors")));
        Assert.Equal((1L, 1L), (Count(report, 4, 40, "impressions"), Count(report, 4, 40, "onDeviceImpressions")));
    }

    [Fact]
    public async Task EdgeAndOnDeviceImpressions_AddUpInTheSameRow()
    {
        // Find an edge visitor in the same experience as the on-device one, so both land in one row.
        var decision = await DecideOnDeviceAsync("device-visitor.35_0");
        var experience = ExperienceIdOf(decision.Response.Execute!.Mboxes!.Single().Options![0]);
        var edgeVisitor = Enumerable.Range(0, 100).Select(i => $"edge-visitor-{i}")
            .First(v => LocalTargetEdge.ExperienceOf(TestActivities.Load().Activities[0], "local", v).Id == experience);

        await NotifyAsync("device-visitor.35_0", decision.Notifications);
        var (status, _) = await PostAsync($$$"""{"id":{"tntId":"{{{edgeVisitor}}}.35_0"},"context":{"channel":"web"},"execute":{"mboxes":[{"name":"home","index":0}]}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var report = await ReportAsync();
        Assert.Equal((2L, 1L, 2L), (Count(report, 1, experience, "impressions"), Count(report, 1, experience, "onDeviceImpressions"), Count(report, 1, experience, "visitors")));
        var html = await Http.GetStringAsync("_edge/report");
        Assert.Contains("""<td class="impressions">2</td><td class="on-device">1</td>""", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameNotificationsSentTwice_CountOnce()
    {
        var decision = await DecideOnDeviceAsync("retrying-visitor.35_0");
        var experience = ExperienceIdOf(decision.Response.Execute!.Mboxes!.Single().Options![0]);

        await NotifyAsync("retrying-visitor.35_0", decision.Notifications);
        await NotifyAsync("retrying-visitor.35_0", decision.Notifications); // the notifier retried: same impression ids

        Assert.Equal(1, Count(await ReportAsync(), 1, experience, "onDeviceImpressions"));
    }

    [Fact]
    public async Task OnDeviceClickMetric_CountsAConversion()
    {
        var decision = await DecideOnDeviceAsync("clicking-visitor.35_0");
        var home = decision.Response.Execute!.Mboxes!.Single();
        var experience = ExperienceIdOf(home.Options![0]);
        var click = new Notification
        {
            Id = "click-1",
            Type = MetricType.Click,
            Timestamp = 1_700_000_000_000,
            Tokens = [home.Metrics!.Single(m => m.Type == MetricType.Click).EventToken!],
            Mbox = new NotificationMbox { Name = "home" },
        };

        await NotifyAsync("clicking-visitor.35_0", [.. decision.Notifications, click]);

        var report = await ReportAsync();
        Assert.Equal((1L, 1L), (Count(report, 1, experience, "conversions"), Count(report, 1, experience, "onDeviceImpressions")));
    }

    [Fact]
    public async Task ArtifactOfAnotherEdge_IsRejected()
    {
        var other = TargetArtifact.Parse(TestActivities.Edge("another secret").RulesJson.Span);
        var decision = Engine.Decide(other, new OnDeviceRequest { Request = ExecuteHome("stranger.35_0"), ClientCode = "local" });

        using var response = await Http.PostAsJsonAsync("rest/v1/delivery?imsOrgId=ORG@AdobeOrg&sessionId=s1", NotificationRequest("stranger.35_0", decision.Notifications), DeliveryJsonContext.Default.DeliveryRequest);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, Count(await ReportAsync(), 1, ExperienceIdOf(decision.Response.Execute!.Mboxes!.Single().Options![0]), "impressions"));
    }

    private async Task<OnDeviceDecision> DecideOnDeviceAsync(string tntId)
    {
        var artifact = TargetArtifact.Parse(await Http.GetByteArrayAsync("local/production/v1/rules.json"));
        return Engine.Decide(artifact, new OnDeviceRequest { Request = ExecuteHome(tntId), ClientCode = "local" });
    }

    private static DeliveryRequest ExecuteHome(string tntId) => JsonSerializer.Deserialize(
        """{"id":{"tntId":"TNT"},"context":{"channel":"web"},"execute":{"mboxes":[{"name":"home","index":0}],"pageLoad":{}}}""".Replace("TNT", tntId, StringComparison.Ordinal),
        DeliveryJsonContext.Default.DeliveryRequest)!;

    private static DeliveryRequest NotificationRequest(string tntId, IEnumerable<Notification> notifications) => new()
    {
        Id = new VisitorId { TntId = tntId },
        Context = new Context { Channel = new ChannelType("web") },
        Notifications = [.. notifications],
    };

    private async Task NotifyAsync(string tntId, IEnumerable<Notification> notifications)
    {
        using var response = await Http.PostAsJsonAsync("rest/v1/delivery?imsOrgId=ORG@AdobeOrg&sessionId=s1", NotificationRequest(tntId, notifications), DeliveryJsonContext.Default.DeliveryRequest);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static int ExperienceIdOf(Option option) => option.ResponseTokens!["experience.id"].GetInt32();
}
