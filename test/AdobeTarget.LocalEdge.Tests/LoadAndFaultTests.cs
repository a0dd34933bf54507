using AdobeTarget.LoadTest;
using Xunit.Abstractions;

namespace AdobeTarget.LocalEdge.Tests;

/// <summary>
/// The short, bounded version of the load and fault run (the full one: see BENCHMARKS.md). It asserts outcomes, not
/// speed: no page fails while the edge misbehaves, and every notification is delivered once it recovers.
/// </summary>
public class LoadAndFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EdgeMisbehaves_PagesKeepServingAndEveryNotificationIsDeliveredAfterRecovery()
    {
        var result = await LoadRun.RunAsync(new LoadOptions
        {
            Users = 50,
            Healthy = TimeSpan.FromSeconds(2),
            Faults = TimeSpan.FromSeconds(3),
            Recovery = TimeSpan.FromSeconds(2),
            FaultShare = 0.3,
        });
        output.WriteLine(result.ToString());

        Assert.All(result.Phases, phase => Assert.Equal(0, phase.Failed));
        Assert.True(result.FaultsInjected > 0, "no fault was injected");
        Assert.True(result.Phases[1].DefaultContent > 0, "no page fell back to default content during the faults");
        Assert.True(result.NotificationsQueued > 0);
        Assert.Equal(result.NotificationsQueued, result.NotificationsSent);
        Assert.Equal(result.NotificationsSent, result.EdgeImpressions);
        Assert.Equal(0, result.NotificationsFailed + result.NotificationsDropped);
    }
}
