//! Handing freed memory back to the system.
//!
//! glibc keeps freed heap pages for reuse, so after a multi-megabyte document
//! closes the server's resident size would stay at its peak for hours. Writers keep
//! the server running all day, so it asks glibc to trim once a large document goes.

/// Documents at least this large trigger a trim when they close.
pub const TRIM_AFTER_BYTES: usize = 1 << 20;

/// Returns free heap memory to the system where the allocator supports it.
pub fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks the allocator's own free lists; it has no
    // preconditions and is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}
