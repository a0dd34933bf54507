using System.Text;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

/// <summary>Bodies the poller refuses: the last good artifact stays, and a refusal waits for the next poll.</summary>
public class ArtifactRefusalTests
{
    [Fact]
    public async Task RulesBin_ObfuscatedWithAnotherOrganization_IsRefused()
    {
        await using var harness = await ArtifactHarness.StartAsync(
            (options, _) => options.OnDevice.ArtifactFormat = TargetArtifactFormat.Bin,
            body: TestArtifacts.Obfuscate(TestArtifacts.AbSimple, "OTHER999@AdobeOrg"));

        await harness.WaitUntilParkedAsync();

        Assert.False(harness.Store.IsReady);
        Assert.Contains("organization id", Assert.Single(harness.Events(1406)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Garbage_AfterAGoodArtifact_IsRefusedAndTheLastGoodOneKept()
    {
        await using var harness = await ArtifactHarness.StartAsync();
        await harness.WaitUntilReadyAsync();
        var good = harness.Store.Current;
        harness.Server.Respond = ArtifactServer.Bytes(TestArtifacts.Garbage, etag: "\"bad\"");

        await harness.AdvanceAsync();
        await harness.WaitUntilParkedAsync();

        Assert.Same(good, harness.Store.Current);
        var refused = Assert.Single(harness.Events(1406));
        Assert.Contains("keeping version 1.0.0", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Server.Requests.Count); // a refused body waits for the next poll, it is not retried at once
    }

    [Fact]
    public async Task CorruptContentEncoding_AfterAGoodArtifact_IsAFailedDownloadRetriedAndTheLastGoodOneKept()
    {
        await using var harness = await ArtifactHarness.StartAsync();
        await harness.WaitUntilReadyAsync();
        var good = harness.Store.Current;
        harness.Server.Respond = ArtifactServer.Bytes(TestArtifacts.Garbage, "gzip", etag: "\"bad\""); // says gzip, is not

        await harness.AdvanceAsync();
        await harness.WaitUntilParkedAsync();

        Assert.Same(good, harness.Store.Current);
        Assert.Contains("corrupt content encoding", Assert.Single(harness.Events(1403)).Message, StringComparison.Ordinal);
        Assert.Empty(harness.Events(1410)); // an expected failure, not a poller fault
        await harness.AdvanceAsync(); // past the backoff delay: failed downloads are retried, refused ones are not
        await harness.WaitUntilParkedAsync();
        Assert.Equal(3, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Oversized_AfterAGoodArtifact_IsRefusedAndTheLastGoodOneKept()
    {
        await using var harness = await ArtifactHarness.StartAsync((options, _) => options.OnDevice.MaxArtifactBytes = 64 * 1024);
        await harness.WaitUntilReadyAsync();
        var good = harness.Store.Current;
        harness.Server.Respond = ArtifactServer.Bytes(Encoding.UTF8.GetBytes(new string(' ', 64 * 1024) + "{}"));

        await harness.AdvanceAsync();
        await harness.WaitUntilParkedAsync();

        Assert.Same(good, harness.Store.Current);
        Assert.Contains("MaxArtifactBytes", Assert.Single(harness.Events(1406)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompressedBomb_SmallOnTheWireHugeUnpacked_IsRefusedAtTheCap()
    {
        var bomb = TestArtifacts.Gzip(new byte[16 * 1024 * 1024]); // 16 MiB of zeros, ~16 KiB compressed
        await using var harness = await ArtifactHarness.StartAsync((options, server) =>
        {
            options.OnDevice.MaxArtifactBytes = 64 * 1024;
            server.Respond = ArtifactServer.Bytes(bomb, "gzip");
        });

        await harness.WaitUntilParkedAsync();

        Assert.True(bomb.Length < 64 * 1024);
        Assert.False(harness.Store.IsReady);
        Assert.Contains("MaxArtifactBytes (65536 bytes after decompression)", Assert.Single(harness.Events(1406)).Message, StringComparison.Ordinal);
    }
}
