using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AdobeTarget.Decisioning;

namespace AdobeTarget.LocalEdge.Tests.Artifacts;

/// <summary>The artifact endpoints over loopback HTTP, as an artifact poller sees them.</summary>
public class ArtifactEndpointTests : EdgeOverHttp
{
    private const string RulesJson = "local/production/v1/rules.json";
    private const string OrganizationId = "LOCALEDGE0000000000000000@AdobeOrg";

    [Fact]
    public async Task RulesJson_Get_ParsesWithEveryActivityAndNoUnsupportedRules()
    {
        using var response = await Http.GetAsync(RulesJson);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal("public, max-age=60", response.Headers.CacheControl!.ToString());
        var artifact = TargetArtifact.Parse(bytes);
        Assert.Empty(artifact.UnsupportedRules);
        Assert.Equal(5, artifact.RuleCount); // home: 2 experiences, flags, cart view, page load: 1 each
        Assert.Equal(["flags", "home", "target-global-mbox"], artifact.LocalMboxes);
        Assert.Equal(["cart"], artifact.LocalViews);
        Assert.Empty(artifact.RemoteMboxes);
        Assert.Equal("local", artifact.ClientCode);
        Assert.Equal("production", artifact.Environment);
        Assert.False(artifact.GeoTargetingEnabled);
    }

    [Fact]
    public async Task RulesBin_Get_DecodesWithTheEdgesOrganizationIdOnly()
    {
        var bin = await Http.GetByteArrayAsync("local/production/v1/rules.bin");
        var json = await Http.GetByteArrayAsync(RulesJson);

        Assert.Equal("ATOD:001", System.Text.Encoding.ASCII.GetString(bin, 0, 8));
        Assert.Equal(TargetArtifact.Parse(json).RuleCount, TargetArtifact.ParseBinary(bin, OrganizationId).RuleCount);
        Assert.Throws<TargetArtifactException>(() => TargetArtifact.ParseBinary(bin, "SOMEONEELSE@AdobeOrg"));
    }

    [Fact]
    public async Task IfNoneMatch_CurrentETag_Returns304WithoutBody()
    {
        using var first = await Http.GetAsync(RulesJson);
        using var request = new HttpRequestMessage(HttpMethod.Get, RulesJson);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task IfNoneMatch_OtherETag_Returns200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, RulesJson);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ETag_JsonAndBinAndEnvironments_DifferButRepeatRequestsAgree()
    {
        using var json = await Http.GetAsync(RulesJson);
        using var jsonAgain = await Http.GetAsync(RulesJson);
        using var bin = await Http.GetAsync("local/production/v1/rules.bin");
        using var staging = await Http.GetAsync("local/staging/v1/rules.json");

        Assert.Equal(json.Headers.ETag, jsonAgain.Headers.ETag);
        Assert.NotEqual(json.Headers.ETag, bin.Headers.ETag);
        Assert.NotEqual(json.Headers.ETag, staging.Headers.ETag);
        Assert.Equal("staging", TargetArtifact.Parse(await staging.Content.ReadAsByteArrayAsync()).Environment);
    }

    [Fact]
    public async Task PropertyTokenPath_ServesTheSameArtifact()
    {
        var plain = await Http.GetByteArrayAsync(RulesJson);
        var withToken = await Http.GetByteArrayAsync("local/production/v1/a1b2c3d4-0000-1111-2222-333344445555/rules.json");
        var binWithToken = await Http.GetByteArrayAsync("local/production/v1/a1b2c3d4-0000-1111-2222-333344445555/rules.bin");

        Assert.Equal(plain, withToken);
        Assert.Equal(TargetArtifact.Parse(plain).RuleCount, TargetArtifact.ParseBinary(binWithToken, OrganizationId).RuleCount);
    }

    [Theory]
    [InlineData("other/production/v1/rules.json")]
    [InlineData("LOCAL/production/v1/rules.json")]
    [InlineData("local/qa/v1/rules.json")]
    [InlineData("local/production/v1/rules.xml")]
    [InlineData("local/production/v2/rules.json")]
    [InlineData("local/production/v1/not%20a%20token/rules.json")]
    public async Task UnknownClientEnvironmentOrFile_Returns404(string path)
    {
        using var response = await Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AcceptEncodingGzip_ServesTheSameBytesCompressed()
    {
        var plain = await Http.GetByteArrayAsync(RulesJson);
        using var request = new HttpRequestMessage(HttpMethod.Get, RulesJson);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        using var response = await Http.SendAsync(request); // this client does not decompress
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var decompressed = new MemoryStream();
        await gzip.CopyToAsync(decompressed);

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(plain, decompressed.ToArray());
    }

    [Fact]
    public async Task DecompressingClient_GetsThe304WithTheGzipETag()
    {
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip };
        using var client = new HttpClient(handler) { BaseAddress = Http.BaseAddress };
        using var first = await client.GetAsync(RulesJson);
        using var request = new HttpRequestMessage(HttpMethod.Get, RulesJson);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await client.SendAsync(request);

        Assert.Empty(TargetArtifact.Parse(await first.Content.ReadAsByteArrayAsync()).UnsupportedRules);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task RulesJsonProperty_IsWhatTheEndpointServes()
    {
        var served = await Http.GetByteArrayAsync(RulesJson);
        var servedBin = await Http.GetByteArrayAsync("local/production/v1/rules.bin");

        Assert.Equal(served, Edge.RulesJson.ToArray());
        Assert.Equal(servedBin, Edge.RulesBin.ToArray());
    }
}
