using System.Reflection;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AdobeTarget.AspNetCore.Tests.ServerState;

/// <summary>An <see cref="IHtmlHelper"/> with no view context that fails on any other use.</summary>
public class ThrowingHtmlHelper : DispatchProxy
{
    public static IHtmlHelper Create() => Create<IHtmlHelper, ThrowingHtmlHelper>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        targetMethod?.Name == "get_ViewContext" ? null : throw new InvalidOperationException($"IHtmlHelper.{targetMethod?.Name} was not expected to be called.");
}
