using System.Text.RegularExpressions;
using AdobeTarget.Internal;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Performance;

public partial class UniqueIdsTests
{
    [Fact]
    public void RequestId_Always_Is32LowercaseHexOfAVersion4Uuid()
    {
        var id = UniqueIds.RequestId();

        Assert.Matches(RequestIdShape(), id);
        Assert.Equal(4, Guid.ParseExact(id, "N").Version);
    }

    [Fact]
    public void SupplementalDataId_Always_IsTwo16UppercaseHexHalves()
    {
        Assert.Matches(SupplementalDataIdShape(), UniqueIds.SupplementalDataId());
    }

    [Fact]
    public void RequestIdAndSupplementalDataId_ManyCalls_NeverRepeat()
    {
        var requestIds = Enumerable.Range(0, 10_000).Select(_ => UniqueIds.RequestId()).ToHashSet();
        var supplementalDataIds = Enumerable.Range(0, 10_000).Select(_ => UniqueIds.SupplementalDataId()).ToHashSet();

        Assert.Equal(10_000, requestIds.Count);
        Assert.Equal(10_000, supplementalDataIds.Count);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex RequestIdShape();

    [GeneratedRegex("^[0-9A-F]{16}-[0-9A-F]{16}$")]
    private static partial Regex SupplementalDataIdShape();
}
