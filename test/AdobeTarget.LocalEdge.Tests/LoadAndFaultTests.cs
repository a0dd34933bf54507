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

    [Fact]
    public async Task OnDevice_ArtifactSourceMisbehaves_PagesKeepTargetContentFromTheLastGoodArtifactAndEveryNotificationIsDelivered()
    {
        // Every artifact download in the fault phase misbehaves, the kinds in turn (garbage first, then a 503), and 30%
        // of the notification calls too; the artifact is polled every second.
        var result = await LoadRun.RunAsync(new LoadOptions
        {
            Users = 30,
            Healthy = TimeSpan.FromSeconds(2),
            Faults = TimeSpan.FromSeconds(4),
            Recovery = TimeSpan.FromSeconds(3),
            FaultShare = 0.3,
            Decisioning = TargetDecisioningMethod.OnDevice,
            PollingInterval = TimeSpan.FromSeconds(1),
            ArtifactFaults = true,
        });
        output.WriteLine(result.ToString());

        Assert.All(result.Phases, phase =>
        {
            Assert.Equal(0, phase.Failed);
            Assert.Equal(0, phase.DefaultContent);
            Assert.Equal(0, phase.EmptyContent);
            Assert.Equal(phase.Requests, phase.OnDevicePages);
        });
        // Counted over the whole run, not per wall-clock phase (a download in flight at a phase's end lands in either):
        // the faults were met, refused or failed, and the only artifact ever loaded is the one loaded at start (neither the
        // garbage nor its entity tag was taken; the polls around the faults answered 304 to the first one's tag).
        var downloads = result.ArtifactDownloads;
        Assert.True(result.ArtifactFaults[ArtifactFault.Garbage] > 0, "no garbage artifact was served");
        Assert.True(downloads.GetValueOrDefault("refused") > 0, "no artifact download was refused");
        Assert.True(downloads.GetValueOrDefault("failed") > 0, "no artifact download failed");
        // At most the start's load (counted just after readiness, so the run's counters may or may not see it).
        Assert.InRange(downloads.GetValueOrDefault("loaded"), 0, 1);
        Assert.True(downloads.GetValueOrDefault("not_modified") > 0, "no poll answered 304");

        Assert.True(result.NotificationsQueued > 0);
        Assert.Equal(result.NotificationsQueued, result.NotificationsSent);
        Assert.Equal(result.NotificationsSent, result.EdgeImpressions);
        Assert.Equal(result.EdgeImpressions, result.EdgeOnDeviceImpressions);
        Assert.Equal(0, result.NotificationsFailed + result.NotificationsDropped);
    }
}
