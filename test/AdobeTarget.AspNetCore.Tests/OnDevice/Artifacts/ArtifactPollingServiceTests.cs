using AdobeTarget.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

public class ArtifactPollingServiceTests
{
    [Fact]
    public async Task Start_ServerAnswers_LoadsTheArtifactAndBecomesReady()
    {
        await using var harness = await ArtifactHarness.StartAsync();

        await harness.WaitUntilReadyAsync();

        var status = harness.Services.GetRequiredService<ITargetArtifactStatus>();
        Assert.True(status.IsReady);
        Assert.Equal("1.0.0", status.Version);
        Assert.Equal(2, status.RuleCount);
        Assert.Equal(ArtifactHarness.Start, status.LastRefreshed);
        Assert.Equal("/acme/production/v1/rules.json", Assert.Single(harness.Server.Requests).Path);
        var loaded = Assert.Single(harness.Events(1401));
        Assert.Equal(LogLevel.Information, loaded.Level);
        Assert.Contains("version 1.0.0 (2 rules", loaded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextPoll_SameETag_Answers304AndKeepsTheSameSnapshotButRefreshesIt()
    {
        await using var harness = await ArtifactHarness.StartAsync();
        await harness.WaitUntilReadyAsync();
        var first = harness.Store.Current;

        await harness.AdvanceAsync(TimeSpan.FromMinutes(5));
        await harness.WaitUntilParkedAsync();

        Assert.Equal([null, "\"v1\""], harness.Server.Requests.Select(r => r.IfNoneMatch));
        Assert.Same(first, harness.Store.Current);
        Assert.Equal(ArtifactHarness.Start.AddMinutes(5), harness.Store.LastRefreshed);
        Assert.Single(harness.Events(1402));
    }

    [Fact]
    public async Task NextPoll_NewArtifact_SwapsTheSnapshot()
    {
        await using var harness = await ArtifactHarness.StartAsync();
        await harness.WaitUntilReadyAsync();
        harness.Server.Body = TestArtifacts.AbSimpleVersion("1.2.0");
        harness.Server.ETag = "\"v2\"";

        await harness.AdvanceAsync();
        await harness.WaitUntilParkedAsync();

        Assert.Equal("1.2.0", harness.Store.Current!.Artifact.Version);
        Assert.Equal("\"v2\"", harness.Store.Current.ETag);
    }

    [Fact]
    public async Task ETag_LongerThan256Characters_IsNotSentBack()
    {
        await using var harness = await ArtifactHarness.StartAsync((_, server) => server.ETag = "\"" + new string('a', 300) + "\"");
        await harness.WaitUntilReadyAsync();

        await harness.AdvanceAsync();
        await harness.WaitUntilParkedAsync();

        Assert.Null(harness.Store.Current!.ETag);
        Assert.All(harness.Server.Requests, r => Assert.Null(r.IfNoneMatch));
    }

    [Fact]
    public async Task RulesBin_ObfuscatedWithTheOrganizationId_IsDecodedAndLoaded()
    {
        await using var harness = await ArtifactHarness.StartAsync(
            (options, server) => options.OnDevice.ArtifactLocation = server.Address("acme/production/v1/rules.bin"),
            body: TestArtifacts.Obfuscate(TestArtifacts.AbSimple, ArtifactHarness.OrganizationId));

        await harness.WaitUntilReadyAsync();

        Assert.Equal(2, harness.Store.Current!.Artifact.RuleCount);
        Assert.Equal("/acme/production/v1/rules.bin", Assert.Single(harness.Server.Requests).Path);
    }

    [Fact]
    public async Task Gzip_ContentEncoding_IsDecompressed()
    {
        await using var harness = await ArtifactHarness.StartAsync((_, server) => server.Respond = ArtifactServer.Bytes(TestArtifacts.Gzip(TestArtifacts.AbSimple), "gzip"));

        await harness.WaitUntilReadyAsync();

        Assert.Equal(2, harness.Store.RuleCount);
    }

    [Fact]
    public async Task FirstDownloads_Fail_RetriedWithBackoffUntilReady()
    {
        var failures = 2;
        await using var harness = await ArtifactHarness.StartAsync((_, server) =>
            server.Respond = context => Interlocked.Decrement(ref failures) >= 0 ? ArtifactServer.Status(503)(context) : ArtifactServer.Bytes(TestArtifacts.AbSimple)(context));

        await harness.AdvanceAsync(); // after attempt 1
        await harness.AdvanceAsync(); // after attempt 2
        await harness.WaitUntilReadyAsync();

        Assert.Equal(3, harness.Server.Requests.Count);
        var failed = Assert.Single(harness.Events(1403));
        Assert.Contains("status 503, attempt 1", failed.Message, StringComparison.Ordinal);
        Assert.Contains("no artifact is loaded yet", failed.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Events(1404).Count);
    }

    [Fact]
    public async Task Outage_WholeCycleFails_LogsTwoWarningsThenKeepsPollingNextCycle()
    {
        await using var harness = await ArtifactHarness.StartAsync((_, server) => server.Respond = ArtifactServer.Status(500));
        for (var retry = 1; retry < ArtifactBackoff.MaxAttemptsPerCycle; retry++)
        {
            await harness.AdvanceAsync();
        }

        await harness.WaitUntilParkedAsync();
        Assert.Equal(ArtifactBackoff.MaxAttemptsPerCycle, harness.Server.Requests.Count);
        Assert.False(harness.Store.IsReady);
        var warnings = harness.Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Warning).Select(r => r.Id.Id).ToList();
        Assert.Equal([1403, 1405], warnings);

        harness.Server.Respond = null;
        await harness.AdvanceAsync(); // the next polling cycle
        await harness.WaitUntilReadyAsync();

        Assert.Equal(ArtifactBackoff.MaxAttemptsPerCycle + 1, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Hang_IsBoundedByDownloadTimeout_AndRetried()
    {
        await using var harness = await ArtifactHarness.StartAsync((options, server) =>
        {
            options.OnDevice.DownloadTimeout = TimeSpan.FromSeconds(10);
            server.Respond = ArtifactServer.Hang();
        });
        await harness.Server.WaitForRequestsAsync();

        harness.Time.Advance(TimeSpan.FromSeconds(10));
        await harness.WaitUntilParkedAsync();

        Assert.Contains("timeout after 10 s", Assert.Single(harness.Events(1403)).Message, StringComparison.Ordinal);
        Assert.False(harness.Store.IsReady);
    }

    [Fact]
    public async Task Stop_WhileADownloadHangs_EndsTheLoopWithoutError()
    {
        var harness = await ArtifactHarness.StartAsync((_, server) => server.Respond = ArtifactServer.Hang());
        await harness.Server.WaitForRequestsAsync();

        await harness.Poller.StopAsync(CancellationToken.None);

        Assert.True(harness.Poller.Running.IsCompletedSuccessfully);
        Assert.DoesNotContain(harness.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        await harness.DisposeAsync();
    }

    [Fact]
    public async Task UnsupportedRules_AreLoggedOncePerNewArtifact()
    {
        await using var harness = await ArtifactHarness.StartAsync(body: TestArtifacts.WithUnsupportedRule());
        await harness.WaitUntilReadyAsync();
        await harness.AdvanceAsync(); // 304: nothing new to report
        await harness.WaitUntilParkedAsync();

        var unsupported = Assert.Single(harness.Events(1408));
        Assert.Contains("has 1 rules", unsupported.Message, StringComparison.Ordinal);
        Assert.Contains("mbox:mbox-magician rule 125873", unsupported.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Store.RuleCount);
    }

    [Fact]
    public async Task Logs_LocationWithUserInfoAndQuery_NeverShowThem()
    {
        await using var harness = await ArtifactHarness.StartAsync((options, server) =>
        {
            options.OnDevice.ArtifactLocation = new UriBuilder(server.Address()) { UserName = "user", Password = "s3cret", Query = "sig=t0ken" }.Uri;
            server.Respond = ArtifactServer.Status(503);
        });

        await harness.WaitUntilParkedAsync();

        var messages = harness.Logs.GetSnapshot().Select(r => r.Message).ToList();
        Assert.Contains(messages, m => m.Contains("/acme/production/v1/rules.json failed (status 503", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("s3cret", StringComparison.Ordinal) || m.Contains("t0ken", StringComparison.Ordinal));
    }
}
