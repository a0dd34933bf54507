using Microsoft.Extensions.Logging;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

public sealed class ArtifactFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("adobe-target-artifacts-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ArtifactPath_PollingOff_LoadsTheFileAndNeverDownloads()
    {
        var path = Path.Combine(_directory, "rules.json");
        await File.WriteAllBytesAsync(path, TestArtifacts.AbSimple);
        await using var harness = await ArtifactHarness.StartAsync((options, _) =>
        {
            options.OnDevice.ArtifactLocation = null;
            options.OnDevice.ArtifactPath = path;
            options.OnDevice.PollingInterval = TimeSpan.Zero;
        });

        await harness.WaitUntilReadyAsync();
        await harness.Poller.Running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, harness.Store.RuleCount);
        Assert.Null(harness.Store.Current!.ETag);
        Assert.Contains("rules.json", harness.Store.Current.Source, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task ArtifactPath_BinExtension_IsDecodedWithTheOrganizationId()
    {
        var path = Path.Combine(_directory, "rules.bin");
        await File.WriteAllBytesAsync(path, TestArtifacts.Obfuscate(TestArtifacts.FeatureFlag, ArtifactHarness.OrganizationId));
        await using var harness = await ArtifactHarness.StartAsync((options, _) =>
        {
            options.OnDevice.ArtifactPath = path;
            options.OnDevice.PollingInterval = TimeSpan.Zero;
        });

        await harness.WaitUntilReadyAsync();

        Assert.Equal(2, harness.Store.RuleCount);
        Assert.Contains("mbox-feature-flags", harness.Store.Current!.Artifact.LocalMboxes);
    }

    [Fact]
    public async Task ArtifactPath_Missing_OneErrorLineAndNoArtifact()
    {
        var path = Path.Combine(_directory, "absent.json");
        await using var harness = await ArtifactHarness.StartAsync((options, _) =>
        {
            options.OnDevice.ArtifactPath = path;
            options.OnDevice.PollingInterval = TimeSpan.Zero;
        });

        await harness.Poller.Running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(harness.Store.IsReady);
        var failed = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level >= LogLevel.Warning);
        Assert.Equal(1407, failed.Id.Id);
        Assert.Contains("absent.json", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArtifactPath_Garbage_OneErrorLineThenTheDownloadLoads()
    {
        var path = Path.Combine(_directory, "rules.json");
        await File.WriteAllBytesAsync(path, TestArtifacts.Garbage);
        await using var harness = await ArtifactHarness.StartAsync((options, _) => options.OnDevice.ArtifactPath = path);

        await harness.WaitUntilReadyAsync();

        Assert.Contains("not valid rules JSON", Assert.Single(harness.Events(1407)).Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests);
        Assert.Equal("\"v1\"", harness.Store.Current!.ETag);
    }

    [Fact]
    public async Task PollingOff_NoArtifactPath_WarnsThatNothingWillLoad()
    {
        await using var harness = await ArtifactHarness.StartAsync((options, _) => options.OnDevice.PollingInterval = TimeSpan.Zero);

        await harness.Poller.Running.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(harness.Events(1409));
        Assert.Empty(harness.Server.Requests);
    }
}
