using AdobeTarget.Internal;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

public class ArtifactAddressTests
{
    private static AdobeTargetOptions Options(Action<AdobeTargetOptions>? configure = null)
    {
        var options = new AdobeTargetOptions { ClientCode = "acme", OrganizationId = "ABC123@AdobeOrg" };
        configure?.Invoke(options);
        return options;
    }

    [Fact]
    public void For_Defaults_IsTheProductionRulesJsonOnAdobesCdn()
    {
        var address = ArtifactAddress.For(Options());

        Assert.Equal("https://assets.adobetarget.com/acme/production/v1/rules.json", address.Location.AbsoluteUri);
        Assert.False(address.IsBinary);
    }

    [Fact]
    public void For_EnvironmentAndPropertyToken_LowerCasesTheEnvironmentAndEscapesTheToken()
    {
        var address = ArtifactAddress.For(Options(o =>
        {
            o.OnDevice.Environment = "Staging";
            o.PropertyToken = "a/b c?d";
        }));

        Assert.Equal("https://assets.adobetarget.com/acme/staging/v1/a%2Fb%20c%3Fd/rules.json", address.Location.AbsoluteUri);
    }

    [Fact]
    public void For_BinFormat_IsRulesBin()
    {
        var address = ArtifactAddress.For(Options(o => o.OnDevice.ArtifactFormat = TargetArtifactFormat.Bin));

        Assert.Equal("https://assets.adobetarget.com/acme/production/v1/rules.bin", address.Location.AbsoluteUri);
        Assert.True(address.IsBinary);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5081/acme/production/v1/rules.json", false)]
    [InlineData("http://127.0.0.1:5081/acme/production/v1/rules.BIN", true)]
    [InlineData("https://cdn.example.com/target/rules.bin?v=3", true)]
    public void For_ArtifactLocation_IsUsedAsGivenAndABinPathMeansBinary(string location, bool binary)
    {
        var address = ArtifactAddress.For(Options(o => o.OnDevice.ArtifactLocation = new Uri(location)));

        Assert.Equal(new Uri(location), address.Location);
        Assert.Equal(binary, address.IsBinary);
    }

    [Theory]
    [InlineData("/srv/rules.json", TargetArtifactFormat.Json, false)]
    [InlineData("/srv/rules.bin", TargetArtifactFormat.Json, true)]
    [InlineData("/srv/artifact", TargetArtifactFormat.Bin, true)]
    public void IsBinaryFile_FollowsTheFormatOrABinExtension(string path, TargetArtifactFormat format, bool binary) =>
        Assert.Equal(binary, ArtifactAddress.IsBinaryFile(new TargetOnDeviceOptions { ArtifactFormat = format }, path));

    [Fact]
    public void Display_LocationWithUserInfoAndQuery_ShowsNeither()
    {
        var address = ArtifactAddress.For(Options(o => o.OnDevice.ArtifactLocation = new Uri("https://user:s3cret@cdn.example.com/t/rules.json?sig=t0ken#x")));

        Assert.Equal("https://cdn.example.com/t/rules.json", address.Display);
    }
}
