//! The browser entry point: read storage and the URL once, then hand over to the shell.

fn main() {
    siap_ekspor::start();
}
