using System.Text;
using System.Text.Json;
using AdobeTarget.Delivery;
using AdobeTarget.LocalEdge.Internal;

namespace AdobeTarget.LocalEdge.Tests;

/// <summary>The edge's tracking sets stop at <see cref="LocalEdgeOptions.MaxTrackedIds"/>, keep counting, and say so.</summary>
public class BoundedTrackingTests
{
    [Fact]
    public void Visitors_BeyondTheLimit_AreCountedAsImpressionsButNotAsVisitors()
    {
        var edge = new LocalTargetEdge(TestActivities.Load(), new LocalEdgeOptions { MaxTrackedIds = 2 });

        foreach (var visitor in new[] { "v1", "v2", "v3", "v1" })
        {
            Answer(edge, """{"id":{"tntId":"VISITOR.35_0"},"context":{"channel":"web"},"execute":{"mboxes":[{"name":"flags","index":0}]}}""".Replace("VISITOR", visitor, StringComparison.Ordinal));
        }

        var report = edge.Report();
        var flags = report.Activities.Single(a => a.Id == 2).Experiences.Single();
        Assert.Equal((4L, 2L), (flags.Impressions, flags.Visitors));
        Assert.Equal(1, report.UntrackedIds); // v3
        Assert.Contains("1 events came after a tracking set was full", ReportPage.Render(report), StringComparison.Ordinal);
        Assert.DoesNotContain("tracking set was full", ReportPage.Render(new LocalTargetEdge(TestActivities.Load()).Report()), StringComparison.Ordinal);
    }

    [Fact]
    public void ImpressionIds_BeyondTheLimit_StillCount_AndTheReportSaysTheyWereNotTracked()
    {
        var edge = new LocalTargetEdge(TestActivities.Load(), new LocalEdgeOptions { MaxTrackedIds = 1, TokenSecret = "s" });
        var token = Answer(edge, """{"id":{"tntId":"v.35_0"},"context":{"channel":"web"},"prefetch":{"mboxes":[{"name":"flags","index":0}]}}""")
            .Prefetch!.Mboxes![0].Options![0].EventToken;

        foreach (var id in new[] { "n1", "n1", "n2" })
        {
            Answer(edge, """{"id":{"tntId":"v.35_0"},"context":{"channel":"web"},"notifications":[{"id":"ID","impressionId":"ID","type":"display","timestamp":1,"tokens":["TOKEN"]}]}""".Replace("ID", id, StringComparison.Ordinal).Replace("TOKEN", token, StringComparison.Ordinal));
        }

        var report = edge.Report();
        Assert.Equal(2, report.Activities.Single(a => a.Id == 2).Experiences.Single().Impressions); // n1 once (tracked), n2 (untracked)
        Assert.Equal(1, report.UntrackedIds);
        edge.Reset();
        Assert.Equal(0, edge.Report().UntrackedIds);
    }

    [Fact]
    public void MaxTrackedIds_NotPositive_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LocalTargetEdge(TestActivities.Load(), new LocalEdgeOptions { MaxTrackedIds = 0 }));
    }

    [Fact]
    public void BoundedSet_Full_TreatsUnknownItemsAsNewWithoutGrowing()
    {
        var set = new BoundedSet<string>(2);

        Assert.Equal([true, false, true, true, false], new[] { "a", "a", "b", "c", "b" }.Select(set.Add));
        Assert.Equal((2L, 1L), (set.Count, set.Overflow));
    }

    private static DeliveryResponse Answer(LocalTargetEdge edge, string json)
    {
        var answer = edge.Answer(JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), DeliveryJsonContext.Default.DeliveryRequest), "s", "ORG@AdobeOrg");
        Assert.Null(answer.ErrorMessage);
        return answer.Response!;
    }
}
