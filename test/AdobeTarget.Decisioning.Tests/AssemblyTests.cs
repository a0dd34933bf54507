using AdobeTarget.Decisioning;

namespace AdobeTarget.Decisioning.Tests;

public sealed class AssemblyTests
{
    [Fact]
    public void Name_IsTheAssemblyName() =>
        Assert.Equal(DecisioningAssembly.Name, typeof(DecisioningAssembly).Assembly.GetName().Name);
}
